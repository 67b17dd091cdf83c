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

import static org.assertj.core.api.Assertions.assertThat;

/** Application contexts for configuration tests, as the auto-configuration builds them. */
public final class TestContexts {

	private TestContexts() {
	}

	/**
	 * fn-spring's auto-configuration (which imports every registered platform's) with Spring
	 * Cloud Function's and Jackson's, the transport on a free port, no function yet, and a
	 * process exit that refuses, as every application the tests start has.
	 */
	public static ApplicationContextRunner runner() {
		return new ApplicationContextRunner()
			.withInitializer(new NoProcessExitInTests())
			.withConfiguration(AutoConfigurations.of(ContextFunctionCatalogAutoConfiguration.class,
					JacksonAutoConfiguration.class, FnAutoConfiguration.class))
			.withPropertyValues("fn.server.port=0");
	}

	/**
	 * Asserts that a bean the application declares of the given type and name replaces the
	 * one fn-spring would declare, and that the context starts with it.
	 */
	public static <T> void assertReplaceable(ApplicationContextRunner runner, String name, Class<T> type, T own) {
		runner.withBean(name, type, () -> own).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(name)).isSameAs(own);
			assertThat(context.getBeansOfType(type)).as("only the application's").containsOnlyKeys(name);
		});
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
