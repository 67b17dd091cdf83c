package io.github.fnspring.testsupport;

import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import io.github.fnspring.platform.FnTransport;
import io.github.fnspring.platform.HttpServerTransport;
import io.github.fnspring.platform.RuntimeApiTransport;

/** Starts test applications with their transport on a free loopback port. */
public final class TestApplications {

	private TestApplications() {
	}

	public static ConfigurableApplicationContext start(Class<?> application, String... properties) {
		return new SpringApplicationBuilder(application)
			.properties("fn.server.port=0", "fn.server.address=127.0.0.1", "spring.main.banner-mode=off")
			.properties(properties)
			.run();
	}

	/** The port the application's transport listens on, as it publishes it in {@code local.fn.port}. */
	public static int port(ConfigurableApplicationContext context) {
		Integer port = context.getEnvironment().getProperty("local.fn.port", Integer.class);
		if (port == null) {
			throw new IllegalStateException("The application published no local.fn.port");
		}
		return port;
	}

	/**
	 * A part of the application's transport: its HTTP server and protocol handler, or its
	 * Runtime API loop and the local Runtime API it polls outside the cloud.
	 */
	public static <T> Optional<T> transportPart(ApplicationContext context, Class<T> type) {
		return context.getBeanProvider(FnTransport.class).orderedStream().flatMap((transport) -> {
			if (transport instanceof HttpServerTransport http) {
				return Stream.of(http.server(), http.handler());
			}
			if (transport instanceof RuntimeApiTransport runtime) {
				return Stream.concat(runtime.loop().stream(), runtime.localRuntimeApi().stream());
			}
			return Stream.empty();
		}).filter(type::isInstance).map(type::cast).findFirst();
	}

}
