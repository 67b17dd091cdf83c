package io.github.fnspring.contract;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.github.fnspring.server.FnHttpServer;

/** The contract over FC's custom-runtime protocol, as on FC. */
class FcTransportContractTest extends TransportContractTests {

	private ConfigurableApplicationContext context;

	private FcDriver driver;

	@BeforeAll
	void start() {
		this.context = new SpringApplicationBuilder(ContractFunctions.class)
			.properties("FC_FUNCTION_NAME=contract", "FC_REGION=cn-hangzhou", "FC_FUNCTION_MEMORY_SIZE=256",
					"fn.server.port=0", "fn.server.address=127.0.0.1", "spring.cloud.function.definition=uppercase",
					"spring.main.banner-mode=off")
			.run();
		this.driver = new FcDriver(this.context.getBean(FnHttpServer.class).getPort(), "ALIYUN");
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
