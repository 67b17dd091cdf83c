package io.github.fnspring.demoflux;

import java.util.HashMap;
import java.util.Map;

import io.github.fnspring.demoweb.SharedServerContractTests;

/** The shared-server contract over the WebFlux variant: a reactive application on the same platforms. */
abstract class FluxSharedServerContractTests extends SharedServerContractTests {

	@Override
	protected Class<?> application() {
		return DemoFluxApplication.class;
	}

	/** The platform's environment, and the reactive web application type. */
	@Override
	protected final Map<String, Object> environment() {
		Map<String, Object> environment = new HashMap<>(platformEnvironment());
		environment.put("spring.main.web-application-type", "reactive");
		return environment;
	}

	protected abstract Map<String, Object> platformEnvironment();

}
