package io.github.fnspring.demoflux;

import io.github.fnspring.demoweb.PlatformUnderTest;

/** The WebFlux variant on a Function Compute custom runtime or custom container. */
class FluxFunctionComputeTest extends FluxSharedServerContractTests {

	FluxFunctionComputeTest() {
		super(PlatformUnderTest.FUNCTION_COMPUTE);
	}

}
