package io.github.fnspring.demoflux;

import io.github.fnspring.demoweb.EventModeUnderTest;

/** The web contract on FunctionGraph's custom runtime, for the WebFlux variant. */
class FluxFunctionGraphEventModeContractTest extends FluxEventModeContractTests {

	FluxFunctionGraphEventModeContractTest() {
		super(EventModeUnderTest.Platform.FUNCTION_GRAPH);
	}

}
