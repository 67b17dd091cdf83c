package io.github.fnspring.demo;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.context.ConfigurableApplicationContext;

import io.github.fnspring.contract.ContractFunctions;
import io.github.fnspring.contract.FcDriver;
import io.github.fnspring.contract.TransportContractTests;
import io.github.fnspring.contract.TransportDriver;
import io.github.fnspring.testsupport.TestApplications;

/**
 * The transport contract suite, taken from fn-spring-autoconfigure's test jar and run in this
 * module over the starter's class path: the way other modules reuse it for their transports.
 */
class StarterContractTest extends TransportContractTests {

	private ConfigurableApplicationContext context;

	private TransportDriver driver;

	@BeforeAll
	void start() {
		this.context = TestApplications.start(ContractFunctions.class, "spring.cloud.function.definition=uppercase");
		this.driver = new FcDriver(TestApplications.port(this.context), "LOCAL");
	}

	@AfterAll
	void stop() {
		this.context.close();
	}

	@Override
	protected TransportDriver driver() {
		return this.driver;
	}

}
