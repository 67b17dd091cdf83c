package io.github.fnspring.contract;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.github.fnspring.server.FnHttpServer;

/** The contract over a local run, which speaks FC's protocol on localhost. */
class LocalTransportContractTest extends TransportContractTests {

	private ConfigurableApplicationContext context;

	private FcDriver driver;

	@BeforeAll
	void start() {
		this.context = new SpringApplicationBuilder(ContractFunctions.class)
			.properties("fn.vendor=local", "fn.server.port=0", "spring.cloud.function.definition=uppercase",
					"spring.main.banner-mode=off")
			.run();
		this.driver = new FcDriver(this.context.getBean(FnHttpServer.class).getPort(), "LOCAL");
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
