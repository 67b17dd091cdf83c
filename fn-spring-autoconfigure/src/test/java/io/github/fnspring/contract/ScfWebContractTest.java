package io.github.fnspring.contract;

/** The contract over SCF's web and image function transport, with SCF's environment. */
class ScfWebContractTest extends ListeningTransportContractTests {

	@Override
	protected String[] properties() {
		return new String[] { "SCF_FUNCTIONNAME=contract", "TENCENTCLOUD_SECRETID=" + ScfRuntimeDriver.SECRET_ID,
				"TENCENTCLOUD_SECRETKEY=scf-secret", "spring.cloud.function.definition=uppercase" };
	}

	@Override
	protected TransportDriver driver(int port) {
		return new ScfWebDriver(port);
	}

}
