package io.github.fnspring.demoweb;

/** The web contract on FunctionGraph's custom runtime. */
class FunctionGraphEventModeContractTest extends EventModeContractTests {

	FunctionGraphEventModeContractTest() {
		super(EventModeUnderTest.Platform.FUNCTION_GRAPH);
	}

}
