package io.github.fnspring.platform;

import java.net.URI;
import java.util.Set;
import java.util.function.Supplier;

import com.sun.net.httpserver.HttpHandler;
import org.jspecify.annotations.Nullable;
import org.springframework.util.unit.DataSize;

import io.github.fnspring.core.ProcessExit;
import io.github.fnspring.runtime.LocalRuntimeApi;
import io.github.fnspring.runtime.RuntimeApiPaths;
import io.github.fnspring.runtime.RuntimeEventHandler;
import io.github.fnspring.runtime.RuntimeEventHeaders;
import io.github.fnspring.server.FnHttpServer;
import io.github.fnspring.server.HttpHandlerSettings;
import io.github.fnspring.server.LocalPages;
import io.github.fnspring.server.LocalRequestGuide;
import io.github.fnspring.server.ServerSettings;
import io.github.fnspring.server.SharedServerHandler;

/**
 * Builds each platform's transport with the same rules: in a detected cloud on all interfaces
 * and the platform's port; locally on loopback and port 8080, the next platforms served in the
 * same run on the ports after it ({@code fn.local.platforms}); {@code fn.server.address} and
 * {@code fn.server.port} override both (port 0 picks a free port for each).
 */
public final class PlatformTransports {

	/** The port of a local run. */
	public static final int LOCAL_PORT = 8080;

	/** The most requests FC and SCF send one instance at once. */
	public static final int DEFAULT_CONCURRENCY = 200;

	private static final String LOOPBACK = "127.0.0.1";

	private final TransportSettings settings;

	private final PlatformChoice choice;

	private final ProcessExit exit;

	private final SharedWebServer webServer;

	private final Supplier<LocalPages> localPages;

	/**
	 * @param webServer the application's own web server, which the chosen platform's HTTP
	 * protocol shares, or {@link SharedWebServer#none()}
	 * @param localPages what a local run's servers serve beside the functions (the console),
	 * asked for when the first handler is built
	 */
	public PlatformTransports(TransportSettings settings, PlatformChoice choice, ProcessExit exit,
			SharedWebServer webServer, Supplier<LocalPages> localPages) {
		this.settings = settings;
		this.choice = choice;
		this.exit = exit;
		this.webServer = webServer;
		this.localPages = localPages;
	}

	/** The settings the application configured. */
	public TransportSettings settings() {
		return this.settings;
	}

	/** Whether the process runs on a cloud rather than locally. */
	public boolean inCloud() {
		return this.choice.inCloud();
	}

	/**
	 * How a platform's HTTP protocol handler treats requests: the request limit (see
	 * {@link TransportSettings#maxRequestBytesOr}), and whether this is a local run.
	 */
	public HttpHandlerSettings httpHandlerSettings(DataSize platformLimit, boolean includeServerErrorMessage) {
		boolean localRun = !this.choice.inCloud();
		return new HttpHandlerSettings(this.settings.maxRequestBytesOr(platformLimit), includeServerErrorMessage,
				localRun, localRun ? this.localPages.get() : LocalPages.NONE);
	}

	/**
	 * An HTTP server for a platform that calls the application over HTTP: for the chosen
	 * platform of a web application, its own web server, shared ({@link MountedHttpTransport});
	 * otherwise a server of fn-spring's.
	 */
	public FnTransport httpServer(String platform, HttpHandler handler, int platformPort, DataSize platformLimit,
			int platformConcurrency, String description) {
		if (this.webServer.exists() && this.choice.position(platform) == 0
				&& handler instanceof SharedServerHandler shared) {
			return new MountedHttpTransport(platform, shared, this.webServer);
		}
		ServerSettings server = new ServerSettings(address(), port(platform, platformPort),
				this.settings.maxThreadsOr(platformConcurrency), this.settings.maxRequestBytesOr(platformLimit),
				this.settings.maxRequestTime(), this.settings.shutdownGracePeriod(), this.settings.virtualThreads());
		return new HttpServerTransport(platform, new FnHttpServer(server, handler, description), handler);
	}

	/**
	 * A custom runtime: its loop against the platform's Runtime API when the environment gives
	 * its address, else against a local Runtime API of the same protocol, for runs outside
	 * the cloud, whose events carry the given headers and which answers stray requests with the
	 * exported functions' names.
	 */
	public RuntimeApiTransport customRuntime(String platform, @Nullable URI runtimeApi, RuntimeApiPaths paths,
			RuntimeEventHeaders localEventHeaders, RuntimeEventHandler handler, Set<String> functions) {
		if (runtimeApi != null) {
			return runtimeApi(platform, runtimeApi, paths, handler);
		}
		LocalRuntimeApi local = new LocalRuntimeApi(paths, localEventHeaders).guidedBy(new LocalRequestGuide(
				Set.of(LocalRuntimeApi.INVOKE_PATH), LocalRuntimeApi.INVOKE_PATH, functions, this.localPages.get()));
		return localRuntimeApi(platform, local, paths, handler);
	}

	/** A custom runtime's loop against the platform's Runtime API. */
	public RuntimeApiTransport runtimeApi(String platform, URI runtimeApi, RuntimeApiPaths paths,
			RuntimeEventHandler handler) {
		this.choice.position(platform);
		return RuntimeApiTransport.polling(platform, runtimeApi, paths, handler, this.settings.runtimeApiLimits(),
				this.exit);
	}

	/** A custom runtime's loop against a local Runtime API, for runs outside the cloud. */
	public RuntimeApiTransport localRuntimeApi(String platform, LocalRuntimeApi localRuntimeApi, RuntimeApiPaths paths,
			RuntimeEventHandler handler) {
		// Loopback unless configured, even in a cloud: only the poll loop in this process calls it
		String address = (this.settings.address() != null) ? this.settings.address() : LOOPBACK;
		return RuntimeApiTransport.local(platform, localRuntimeApi, address, port(platform, LOCAL_PORT), paths,
				handler, this.settings.runtimeApiLimits(), this.exit);
	}

	private String address() {
		if (this.settings.address() != null) {
			return this.settings.address();
		}
		return this.choice.inCloud() ? "0.0.0.0" : LOOPBACK;
	}

	/**
	 * The configured port, else the platform's in a cloud, else 8080; later platforms of a
	 * local run count up. A web application's server has 8080 locally: fn-spring's own count
	 * from 8081. A platform that is not served gets no transport at all.
	 */
	private int port(String platform, int platformPort) {
		int offset = this.choice.position(platform);
		Integer configured = this.settings.port();
		if (configured != null && configured == 0) {
			return 0;
		}
		int local = this.webServer.exists() ? LOCAL_PORT + 1 : LOCAL_PORT;
		int base = (configured != null) ? configured : (this.choice.inCloud() ? platformPort : local);
		return base + offset;
	}

}
