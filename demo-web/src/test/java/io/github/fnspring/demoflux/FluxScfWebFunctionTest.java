package io.github.fnspring.demoflux;

import io.github.fnspring.demoweb.PlatformUnderTest;

/** The WebFlux variant on an SCF web function or image function. */
class FluxScfWebFunctionTest extends FluxSharedServerContractTests {

	FluxScfWebFunctionTest() {
		super(PlatformUnderTest.SCF_WEB_FUNCTION);
	}

}
