package io.github.fnspring.demoflux;

import io.github.fnspring.demoweb.PlatformUnderTest;

/** The WebFlux variant on a FunctionGraph HTTP function or container image. */
class FluxFunctionGraphHttpFunctionTest extends FluxSharedServerContractTests {

	FluxFunctionGraphHttpFunctionTest() {
		super(PlatformUnderTest.FUNCTION_GRAPH_HTTP);
	}

}
