package io.github.fnspring.demoflux;

import java.util.Map;

import io.github.fnspring.demoweb.EventModeContractTests;
import io.github.fnspring.demoweb.EventModeUnderTest;

/** The web contract on FunctionGraph's custom runtime, for the WebFlux variant. */
class FluxFunctionGraphEventModeContractTest extends EventModeContractTests {

	FluxFunctionGraphEventModeContractTest() {
		super(EventModeUnderTest.Platform.FUNCTION_GRAPH);
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
