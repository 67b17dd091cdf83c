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

	@Override
	protected Map<String, Object> properties() {
		return Map.of("spring.main.web-application-type", "reactive");
	}

}
