package io.github.fnspring.webonly;

import java.util.Map;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.github.fnspring.FnContext;

/** A web application with controllers and no function at all, in a package of its own. */
@SpringBootApplication
@RestController
public class ControllersOnlyApplication {

	private final FnContext context;

	ControllersOnlyApplication(FnContext context) {
		this.context = context;
	}

	@GetMapping("/ping")
	Map<String, String> ping() {
		return Map.of("requestId", this.context.requestId());
	}

}
