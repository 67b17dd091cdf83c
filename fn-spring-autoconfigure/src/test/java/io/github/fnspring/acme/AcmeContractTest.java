package io.github.fnspring.acme;

import io.github.fnspring.contract.ListeningTransportContractTests;
import io.github.fnspring.contract.TransportDriver;

/** The contract over the test-only fourth platform, chosen with fn.vendor=acme. */
class AcmeContractTest extends ListeningTransportContractTests {

	@Override
	protected String[] properties() {
		return new String[] { "fn.vendor=acme", "spring.cloud.function.definition=uppercase" };
	}

	@Override
	protected TransportDriver driver(int port) {
		return new AcmeDriver(port);
	}

}
