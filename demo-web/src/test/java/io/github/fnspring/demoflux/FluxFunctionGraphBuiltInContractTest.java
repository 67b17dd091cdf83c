package io.github.fnspring.demoflux;

import io.github.fnspring.demoweb.EventModeUnderTest;

/** The web contract on FunctionGraph's built-in Java runtime, for the WebFlux variant. */
class FluxFunctionGraphBuiltInContractTest extends FluxEventModeContractTests {

	FluxFunctionGraphBuiltInContractTest() {
		super(EventModeUnderTest.Platform.FUNCTION_GRAPH_BUILT_IN);
	}

}
