package io.github.fnspring.maven.invokefixture;

import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import io.github.fnspring.ServerlessFunction;

/** A real fn-spring application for the invoke goal's tests, started in a process of its own. */
@SpringBootApplication
public class InvokeFixtureApplication {

	private static final Logger logger = LoggerFactory.getLogger(InvokeFixtureApplication.class);

	public static void main(String[] args) {
		SpringApplication.run(InvokeFixtureApplication.class, args);
	}

	@Bean
	@ServerlessFunction
	public Function<String, String> uppercase() {
		return (text) -> {
			logger.info("upper-casing {} characters", text.length());
			return text.toUpperCase();
		};
	}

	@Bean
	@ServerlessFunction
	public Function<String, String> fail() {
		return (text) -> {
			throw new IllegalStateException("Refusing '" + text + "'");
		};
	}

}
