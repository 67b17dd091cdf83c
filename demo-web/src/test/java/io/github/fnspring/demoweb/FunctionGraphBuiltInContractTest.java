package io.github.fnspring.demoweb;

/** The web contract in FunctionGraph's built-in Java runtime, through the handler class it calls. */
class FunctionGraphBuiltInContractTest extends EventModeContractTests {

	FunctionGraphBuiltInContractTest() {
		super(EventModeUnderTest.Platform.FUNCTION_GRAPH_BUILT_IN);
	}

}
