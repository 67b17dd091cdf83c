package io.github.fnspring.maven.clashing;

import java.util.function.Function;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.github.fnspring.ServerlessFunction;

/** Two beans exported under one name, which the application refuses to start with. */
@Configuration(proxyBeanMethods = false)
public class ClashingFunctions {

	@Bean
	@ServerlessFunction("same")
	public Function<String, String> first() {
		return (text) -> text;
	}

	@Bean
	@ServerlessFunction("same")
	public Function<String, String> second() {
		return (text) -> text;
	}

}
