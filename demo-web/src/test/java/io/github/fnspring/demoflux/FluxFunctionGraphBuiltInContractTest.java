package io.github.fnspring.demoflux;

import java.util.Map;

import io.github.fnspring.demoweb.EventModeContractTests;
import io.github.fnspring.demoweb.EventModeUnderTest;

/** The web contract in FunctionGraph's built-in Java runtime, for the WebFlux variant. */
class FluxFunctionGraphBuiltInContractTest extends EventModeContractTests {

	FluxFunctionGraphBuiltInContractTest() {
		super(EventModeUnderTest.Platform.FUNCTION_GRAPH_BUILT_IN);
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
