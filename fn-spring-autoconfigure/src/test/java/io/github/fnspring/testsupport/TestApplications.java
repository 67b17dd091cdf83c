package io.github.fnspring.testsupport;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.github.fnspring.server.FnHttpServer;

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

	public static int port(ConfigurableApplicationContext context) {
		return context.getBean(FnHttpServer.class).getPort();
	}

}
