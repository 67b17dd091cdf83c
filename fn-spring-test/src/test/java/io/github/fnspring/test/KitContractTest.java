package io.github.fnspring.test;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.github.fnspring.contract.ContractFunctions;
import io.github.fnspring.contract.TransportContractTests;
import io.github.fnspring.contract.TransportDriver;

/**
 * The transport contract suite over every transport of every cloud, sent through the kit into
 * one application that, outside a Spring test, is configured for the kit as its documentation
 * says: every platform served, on free ports.
 */
class KitContractTest {

	private static ConfigurableApplicationContext application;

	private static FnTestClient client;

	@BeforeAll
	static void start() {
		application = new SpringApplicationBuilder(ContractFunctions.class)
			.properties("fn.local.platforms=aliyun,tencent,huawei", "fn.server.port=0",
					"spring.cloud.function.definition=uppercase", "spring.main.banner-mode=off")
			.run();
		client = application.getBean(FnTestClient.class);
	}

	@AfterAll
	static void stop() {
		application.close();
	}

	@Nested
	class FunctionComputeHttp extends KitContract {

		FunctionComputeHttp() {
			super(FnTestTransport.FC_HTTP);
		}

	}

	@Nested
	class ScfCustomRuntime extends KitContract {

		ScfCustomRuntime() {
			super(FnTestTransport.SCF_CUSTOM_RUNTIME);
		}

	}

	@Nested
	class ScfWebFunction extends KitContract {

		ScfWebFunction() {
			super(FnTestTransport.SCF_WEB_FUNCTION);
		}

	}

	@Nested
	class FunctionGraphBuiltInRuntime extends KitContract {

		FunctionGraphBuiltInRuntime() {
			super(FnTestTransport.FG_BUILT_IN_RUNTIME);
		}

	}

	@Nested
	class FunctionGraphCustomRuntime extends KitContract {

		FunctionGraphCustomRuntime() {
			super(FnTestTransport.FG_CUSTOM_RUNTIME);
		}

	}

	@Nested
	class FunctionGraphHttpFunction extends KitContract {

		FunctionGraphHttpFunction() {
			super(FnTestTransport.FG_HTTP_FUNCTION);
		}

	}

	/** The suite over one transport. */
	abstract static class KitContract extends TransportContractTests {

		private final FnTestTransport transport;

		private @Nullable KitDriver driver;

		KitContract(FnTestTransport transport) {
			this.transport = transport;
		}

		@Override
		protected TransportDriver driver() {
			if (this.driver == null) {
				this.driver = new KitDriver(client, this.transport);
			}
			return this.driver;
		}

	}

}
