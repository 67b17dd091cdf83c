package io.github.fnspring.contract;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.context.ConfigurableApplicationContext;

import io.github.fnspring.testsupport.TestApplications;

/** The contract over SCF's web and image function transport, with SCF's environment. */
class ScfWebContractTest extends TransportContractTests {

	private ConfigurableApplicationContext context;

	private ScfWebDriver driver;

	@BeforeAll
	void start() {
		this.context = TestApplications.start(ContractFunctions.class, "SCF_FUNCTIONNAME=contract",
				"TENCENTCLOUD_SECRETID=" + ScfRuntimeDriver.SECRET_ID, "TENCENTCLOUD_SECRETKEY=scf-secret",
				"spring.cloud.function.definition=uppercase");
		this.driver = new ScfWebDriver(TestApplications.port(this.context));
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
