package io.github.fnspring.contract;

/** The contract over a local run, which speaks FC's protocol on localhost. */
class LocalTransportContractTest extends FcProtocolContractTests {

	@Override
	String vendor() {
		return "LOCAL";
	}

	@Override
	protected String[] properties() {
		return new String[] { "fn.vendor=local", "spring.cloud.function.definition=uppercase" };
	}

}
