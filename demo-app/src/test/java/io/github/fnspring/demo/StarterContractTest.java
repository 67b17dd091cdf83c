package io.github.fnspring.demo;

import io.github.fnspring.contract.FcDriver;
import io.github.fnspring.contract.ListeningTransportContractTests;
import io.github.fnspring.contract.TransportDriver;

/**
 * The transport contract suite, taken from fn-spring-autoconfigure's test jar and run in this
 * module over the starter's class path: the way other modules reuse it for their transports.
 */
class StarterContractTest extends ListeningTransportContractTests {

	@Override
	protected String[] properties() {
		return new String[] { "spring.cloud.function.definition=uppercase" };
	}

	@Override
	protected TransportDriver driver(int port) {
		return new FcDriver(port, "LOCAL");
	}

}
