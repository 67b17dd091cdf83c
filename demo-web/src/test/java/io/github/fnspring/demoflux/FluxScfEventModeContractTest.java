package io.github.fnspring.demoflux;

import java.util.Map;

import io.github.fnspring.demoweb.EventModeContractTests;
import io.github.fnspring.demoweb.EventModeUnderTest;

/** The web contract on SCF's custom runtime, for the WebFlux variant. */
class FluxScfEventModeContractTest extends EventModeContractTests {

	FluxScfEventModeContractTest() {
		super(EventModeUnderTest.Platform.SCF);
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
