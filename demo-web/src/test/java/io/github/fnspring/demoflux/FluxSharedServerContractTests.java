package io.github.fnspring.demoflux;

import java.util.Map;

import io.github.fnspring.demoweb.PlatformUnderTest;
import io.github.fnspring.demoweb.SharedServerContractTests;

/** The shared-server contract over the WebFlux variant: a reactive application on the same platforms. */
abstract class FluxSharedServerContractTests extends SharedServerContractTests {

	FluxSharedServerContractTests(PlatformUnderTest platform) {
		super(platform);
	}

	@Override
	protected Class<?> application() {
		return DemoFluxApplication.class;
	}

	/** A reactive application, although the module's class path also has the Servlet API. */
	static final Map<String, Object> REACTIVE = Map.of("spring.main.web-application-type", "reactive");

	@Override
	protected Map<String, Object> properties() {
		return REACTIVE;
	}

}
