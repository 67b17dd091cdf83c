package io.github.fnspring.demoweb;

/** The web contract on SCF's custom runtime. */
class ScfEventModeContractTest extends EventModeContractTests {

	ScfEventModeContractTest() {
		super(EventModeUnderTest.Platform.SCF);
	}

}
