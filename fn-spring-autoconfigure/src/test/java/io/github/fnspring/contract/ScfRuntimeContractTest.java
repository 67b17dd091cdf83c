package io.github.fnspring.contract;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.github.fnspring.runtime.LocalRuntimeApi;
import io.github.fnspring.tencent.ScfRuntimeApi;

/** The contract over SCF's custom runtime, with SCF's environment and a Runtime API over real sockets. */
class ScfRuntimeContractTest extends TransportContractTests {

	private LocalRuntimeApi runtimeApi;

	private ConfigurableApplicationContext context;

	@BeforeAll
	void start() throws Exception {
		this.runtimeApi = new LocalRuntimeApi(ScfRuntimeApi.PATHS,
				(requestId, submitted) -> ScfRuntimeApi.eventHeaders(requestId, submitted, 256, 30_000))
			.start("127.0.0.1", 0);
		this.context = new SpringApplicationBuilder(ContractFunctions.class)
			.properties(Map.of("SCF_RUNTIME_API", "127.0.0.1", "SCF_RUNTIME_API_PORT", this.runtimeApi.port(),
					"SCF_FUNCTIONNAME", "contract", "TENCENTCLOUD_SECRETID", ScfRuntimeDriver.SECRET_ID,
					"TENCENTCLOUD_SECRETKEY", "scf-secret", "spring.cloud.function.definition", "uppercase",
					"spring.main.banner-mode", "off"))
			.run();
	}

	@AfterAll
	void stop() {
		this.context.close();
		this.runtimeApi.close();
	}

	@Override
	protected TransportDriver driver() {
		return new ScfRuntimeDriver(this.runtimeApi);
	}

}
