package io.github.fnspring.demoflux;

import java.util.Map;

import io.github.fnspring.demoweb.EventModeContractTests;
import io.github.fnspring.demoweb.EventModeUnderTest;

/** The event-mode web contract over the WebFlux variant, on each platform that hands over events. */
abstract class FluxEventModeContractTests extends EventModeContractTests {

	FluxEventModeContractTests(EventModeUnderTest.Platform platform) {
		super(platform);
	}

	@Override
	protected Class<?> application() {
		return DemoFluxApplication.class;
	}

	@Override
	protected Map<String, Object> properties() {
		return FluxSharedServerContractTests.REACTIVE;
	}

}
