package io.github.fnspring.demoweb;

/** A local run: FC's protocol and the controllers on one server, on loopback. */
class LocalRunTest extends SharedServerContractTests {

	LocalRunTest() {
		super(PlatformUnderTest.LOCAL);
	}

}
