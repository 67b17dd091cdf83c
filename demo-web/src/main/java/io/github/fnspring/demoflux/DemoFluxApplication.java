package io.github.fnspring.demoflux;

import java.util.Locale;
import java.util.function.Function;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import io.github.fnspring.ServerlessFunction;

/** The demo web application as a WebFlux application: the same answers, from reactive controllers. */
@SpringBootApplication
public class DemoFluxApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(DemoFluxApplication.class);
		// Spring MVC is on this module's class path too: this variant is the reactive one
		application.setWebApplicationType(WebApplicationType.REACTIVE);
		application.run(args);
	}

	@Bean
	@ServerlessFunction
	public Function<String, String> uppercase() {
		return (text) -> text.toUpperCase(Locale.ROOT);
	}

}
