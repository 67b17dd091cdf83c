package io.github.fnspring.contract;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.context.ConfigurableApplicationContext;

import io.github.fnspring.testsupport.TestApplications;

/**
 * The contract over a transport the application listens with: {@link ContractFunctions}
 * started with the subclass's properties, and a driver on the port it published
 * ({@code local.fn.port}).
 */
public abstract class ListeningTransportContractTests extends TransportContractTests {

	private ConfigurableApplicationContext context;

	private TransportDriver driver;

	/** The properties that choose the platform and its mode. */
	protected abstract String[] properties();

	/** The driver of the transport that listens on the given port. */
	protected abstract TransportDriver driver(int port);

	@BeforeAll
	void start() {
		this.context = TestApplications.start(ContractFunctions.class, properties());
		this.driver = driver(TestApplications.port(this.context));
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
