package io.github.fnspring.demoflux;

import io.github.fnspring.demoweb.EventModeUnderTest;

/** The web contract on SCF's custom runtime, for the WebFlux variant. */
class FluxScfEventModeContractTest extends FluxEventModeContractTests {

	FluxScfEventModeContractTest() {
		super(EventModeUnderTest.Platform.SCF);
	}

}
