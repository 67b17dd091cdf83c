package io.github.fnspring.contract;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.github.fnspring.huawei.FgRuntimeApi;
import io.github.fnspring.runtime.LocalRuntimeApi;

/** The contract over FunctionGraph's custom runtime, with its environment and a Runtime API over real sockets. */
class FgRuntimeContractTest extends TransportContractTests {

	private LocalRuntimeApi runtimeApi;

	private ConfigurableApplicationContext context;

	@BeforeAll
	void start() throws Exception {
		this.runtimeApi = new LocalRuntimeApi(FgRuntimeApi.PATHS, FgRuntimeApi::eventHeaders).start("127.0.0.1", 0);
		this.context = new SpringApplicationBuilder(ContractFunctions.class)
			.properties(Map.of("RUNTIME_API_ADDR", "127.0.0.1:" + this.runtimeApi.port(), "RUNTIME_FUNC_NAME", "contract",
					"RUNTIME_PROJECT_ID", "project-1", "RUNTIME_TIMEOUT", "30", "RUNTIME_MEMORY", "256",
					"spring.cloud.function.definition", "uppercase", "spring.main.banner-mode", "off"))
			.run();
	}

	@AfterAll
	void stop() {
		this.context.close();
		this.runtimeApi.close();
	}

	@Override
	protected TransportDriver driver() {
		return new FgRuntimeDriver(this.runtimeApi);
	}

}
