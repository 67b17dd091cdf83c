package io.github.fnspring.contract;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.context.ConfigurableApplicationContext;

import io.github.fnspring.testsupport.TestApplications;

/** The contract over FC's protocol; subclasses choose the vendor mode that serves it. */
abstract class FcProtocolContractTests extends TransportContractTests {

	private ConfigurableApplicationContext context;

	private FcDriver driver;

	/** The vendor functions should see. */
	abstract String vendor();

	/** Properties that select the vendor mode. */
	abstract String[] vendorProperties();

	@BeforeAll
	void start() {
		this.context = TestApplications.start(ContractFunctions.class, vendorProperties());
		this.driver = new FcDriver(TestApplications.port(this.context), vendor());
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
