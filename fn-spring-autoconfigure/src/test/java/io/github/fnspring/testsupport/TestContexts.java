package io.github.fnspring.testsupport;

import java.util.function.Function;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.cloud.function.context.config.ContextFunctionCatalogAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.github.fnspring.ServerlessFunction;
import io.github.fnspring.autoconfigure.FnAutoConfiguration;

/** Application contexts for configuration tests, as the auto-configuration builds them. */
public final class TestContexts {

	private TestContexts() {
	}

	/**
	 * fn-spring's auto-configuration (which imports every registered platform's) with Spring
	 * Cloud Function's and Jackson's, the transport on a free port, and no function yet.
	 */
	public static ApplicationContextRunner runner() {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(ContextFunctionCatalogAutoConfiguration.class,
					JacksonAutoConfiguration.class, FnAutoConfiguration.class))
			.withPropertyValues("fn.server.port=0");
	}

	/** One exported function, {@code uppercase}. */
	@Configuration(proxyBeanMethods = false)
	public static class OneFunction {

		@Bean
		@ServerlessFunction
		Function<String, String> uppercase() {
			return String::toUpperCase;
		}

	}

}
