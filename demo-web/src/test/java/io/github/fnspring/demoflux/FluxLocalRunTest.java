package io.github.fnspring.demoflux;

import io.github.fnspring.demoweb.PlatformUnderTest;

/** A local run of the WebFlux variant. */
class FluxLocalRunTest extends FluxSharedServerContractTests {

	FluxLocalRunTest() {
		super(PlatformUnderTest.LOCAL);
	}

}
