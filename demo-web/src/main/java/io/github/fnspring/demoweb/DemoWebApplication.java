package io.github.fnspring.demoweb;

import java.util.Locale;
import java.util.function.Function;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import io.github.fnspring.ServerlessFunction;

/**
 * A Spring MVC application, as teams deploy one to these clouds: its controllers unchanged,
 * and a function beside them. Locally, {@code mvn spring-boot:run} serves both on
 * {@code localhost:8080}.
 */
@SpringBootApplication
public class DemoWebApplication {

	public static void main(String[] args) {
		SpringApplication.run(DemoWebApplication.class, args);
	}

	/** A function in the same application: events reach it on the platform's event path. */
	@Bean
	@ServerlessFunction
	public Function<String, String> uppercase() {
		return (text) -> text.toUpperCase(Locale.ROOT);
	}

}
