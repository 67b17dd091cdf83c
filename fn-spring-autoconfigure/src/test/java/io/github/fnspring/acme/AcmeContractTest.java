package io.github.fnspring.acme;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.context.ConfigurableApplicationContext;

import io.github.fnspring.contract.ContractFunctions;
import io.github.fnspring.contract.TransportContractTests;
import io.github.fnspring.contract.TransportDriver;
import io.github.fnspring.testsupport.TestApplications;

/** The contract over the test-only fourth platform, chosen with fn.vendor=acme. */
class AcmeContractTest extends TransportContractTests {

	private ConfigurableApplicationContext context;

	private AcmeDriver driver;

	@BeforeAll
	void start() {
		this.context = TestApplications.start(ContractFunctions.class, "fn.vendor=acme",
				"spring.cloud.function.definition=uppercase");
		this.driver = new AcmeDriver(TestApplications.port(this.context));
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
