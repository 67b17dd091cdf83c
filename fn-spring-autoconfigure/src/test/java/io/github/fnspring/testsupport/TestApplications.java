package io.github.fnspring.testsupport;

import java.util.Optional;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import io.github.fnspring.autoconfigure.PlatformTransport;

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
	 * A part of the running transport: a bean of its own on FC, else part of the
	 * {@link PlatformTransport} the platform mode chose at start-up.
	 */
	public static <T> Optional<T> transportPart(ApplicationContext context, Class<T> type) {
		T bean = context.getBeanProvider(type).getIfAvailable();
		if (bean != null) {
			return Optional.of(bean);
		}
		return context.getBeanProvider(PlatformTransport.class).stream().findFirst().flatMap((transport) -> transport.find(type));
	}

}
