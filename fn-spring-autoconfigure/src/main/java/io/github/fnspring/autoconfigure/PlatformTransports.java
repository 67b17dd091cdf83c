package io.github.fnspring.autoconfigure;

import java.io.IOException;

import com.sun.net.httpserver.HttpHandler;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;

import io.github.fnspring.runtime.LocalRuntimeApi;
import io.github.fnspring.runtime.RuntimeApiPaths;
import io.github.fnspring.runtime.RuntimeEventHeaders;
import io.github.fnspring.server.FnHttpServer;
import io.github.fnspring.server.ServerSettings;

/**
 * Where transports listen, the same rule for every vendor: on all interfaces and the
 * platform's port in a detected cloud environment, on loopback port 8080 otherwise;
 * {@code fn.server.address} and {@code fn.server.port} override both.
 */
final class PlatformTransports {

	static final int LOCAL_PORT = 8080;

	private PlatformTransports() {
	}

	/** The most requests FC and SCF send one instance at once. */
	static final int DEFAULT_CONCURRENCY = 200;

	static FnHttpServer httpServer(HttpHandler handler, FnProperties properties, Environment environment,
			int platformPort, DataSize platformLimit, String description) {
		return httpServer(handler, properties, environment, platformPort, platformLimit, DEFAULT_CONCURRENCY,
				description);
	}

	static FnHttpServer httpServer(HttpHandler handler, FnProperties properties, Environment environment,
			int platformPort, DataSize platformLimit, int platformConcurrency, String description) {
		FnProperties.Server server = properties.getServer();
		boolean inCloud = VendorDetection.runsInCloud(environment);
		String address = (server.getAddress() != null) ? server.getAddress() : (inCloud ? "0.0.0.0" : "127.0.0.1");
		int port = (server.getPort() != null) ? server.getPort() : (inCloud ? platformPort : LOCAL_PORT);
		return new FnHttpServer(new ServerSettings(address, port, server.maxThreadsOr(platformConcurrency),
				server.maxRequestBytesOr(platformLimit), server.getMaxRequestTime(), server.getShutdownGracePeriod(),
				environment.getProperty("spring.threads.virtual.enabled", Boolean.class, false)), handler, description);
	}

	/** A local Runtime API for runs outside the cloud, always on loopback unless configured. */
	static LocalRuntimeApi localRuntimeApi(FnProperties properties, RuntimeApiPaths paths,
			RuntimeEventHeaders eventHeaders) throws IOException {
		FnProperties.Server server = properties.getServer();
		return new LocalRuntimeApi(paths, eventHeaders).start(
				(server.getAddress() != null) ? server.getAddress() : "127.0.0.1",
				(server.getPort() != null) ? server.getPort() : LOCAL_PORT);
	}

}
