package io.github.fnspring.benchmarks.web;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The smallest Spring MVC application: one controller, nothing of fn-spring in its code. */
@SpringBootApplication
@RestController
public class HelloApplication {

	public static void main(String[] args) {
		SpringApplication.run(HelloApplication.class, args);
	}

	@GetMapping("/hello")
	public Map<String, String> hello(@RequestParam(defaultValue = "world") String name) {
		return Map.of("greeting", "Hello, " + name);
	}

}
