package io.github.fnspring.contract;

/** The contract over FunctionGraph's HTTP function and container image transport. */
class FgHttpContractTest extends ListeningTransportContractTests {

	@Override
	protected String[] properties() {
		return new String[] { "RUNTIME_FUNC_NAME=contract", "RUNTIME_PROJECT_ID=project-1",
				"spring.cloud.function.definition=uppercase" };
	}

	@Override
	protected TransportDriver driver(int port) {
		return new FgHttpDriver(port);
	}

}
