package io.github.fnspring.demoweb;

/** On an SCF web function or image function. */
class ScfWebFunctionTest extends SharedServerContractTests {

	ScfWebFunctionTest() {
		super(PlatformUnderTest.SCF_WEB_FUNCTION);
	}

}
