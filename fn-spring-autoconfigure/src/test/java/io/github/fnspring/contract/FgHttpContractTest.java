package io.github.fnspring.contract;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.context.ConfigurableApplicationContext;

import io.github.fnspring.testsupport.TestApplications;

/** The contract over FunctionGraph's HTTP function and container image transport. */
class FgHttpContractTest extends TransportContractTests {

	private ConfigurableApplicationContext context;

	private FgHttpDriver driver;

	@BeforeAll
	void start() {
		this.context = TestApplications.start(ContractFunctions.class, "RUNTIME_FUNC_NAME=contract",
				"RUNTIME_PROJECT_ID=project-1", "spring.cloud.function.definition=uppercase");
		this.driver = new FgHttpDriver(TestApplications.port(this.context));
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
