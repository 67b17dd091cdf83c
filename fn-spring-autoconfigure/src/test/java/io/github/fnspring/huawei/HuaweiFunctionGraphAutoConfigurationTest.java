package io.github.fnspring.huawei;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import io.github.fnspring.Vendor;
import io.github.fnspring.core.EventDispatcher;
import io.github.fnspring.core.EventTranslator;
import io.github.fnspring.huawei.FgDefaults;
import io.github.fnspring.huawei.FgEventTranslator;
import io.github.fnspring.runtime.LocalRuntimeApi;
import io.github.fnspring.runtime.RuntimeApiLoop;
import io.github.fnspring.server.FnHttpServer;
import io.github.fnspring.testsupport.TestContexts;
import io.github.fnspring.testsupport.TestContexts.OneFunction;

import static io.github.fnspring.testsupport.TestApplications.transportPart;
import static org.assertj.core.api.Assertions.assertThat;

class HuaweiFunctionGraphAutoConfigurationTest {

	private final ApplicationContextRunner runner = TestContexts.runner().withUserConfiguration(OneFunction.class);

	@Test
	void runtimeApiAddressMeansACustomRuntimeLoop() {
		this.runner.withPropertyValues("RUNTIME_API_ADDR=127.0.0.1:1", "RUNTIME_FUNC_NAME=f", "RUNTIME_MEMORY=512",
				"RUNTIME_TIMEOUT=9", "RUNTIME_USERDATA={\"A\":\"1\"}")
			.run((context) -> {
				assertThat(transportPart(context, RuntimeApiLoop.class)).isPresent();
				assertThat(transportPart(context, LocalRuntimeApi.class)).isEmpty();
				assertThat(transportPart(context, FnHttpServer.class)).isEmpty();
				assertThat(context.getBean(EventTranslator.class)).isInstanceOf(FgEventTranslator.class);
				FgDefaults defaults = context.getBean(FgDefaults.class);
				assertThat(defaults.vendor()).isEqualTo(Vendor.HUAWEI);
				assertThat(defaults.memoryMb()).isEqualTo(512);
				assertThat(defaults.timeout()).hasSeconds(9);
				assertThat(defaults.userData()).containsEntry("A", "1");
			});
	}

	@Test
	void functionNameWithoutRuntimeApiMeansAnHttpFunctionOnPort8000() {
		this.runner.withPropertyValues("RUNTIME_FUNC_NAME=uppercase", "fn.server.port=").run((context) -> {
			assertThat(transportPart(context, FgContainerLifecycle.class)).isPresent();
			FnHttpServer server = transportPart(context, FnHttpServer.class).orElseThrow();
			assertThat(server.settings().address()).isEqualTo("0.0.0.0");
			assertThat(server.settings().port()).isEqualTo(8000);
			assertThat(server.settings().maxThreads()).as("FunctionGraph's instance concurrency").isEqualTo(1000);
		});
	}

	@Test
	void handlerModeStartsNoTransport() {
		this.runner.withPropertyValues("fn.vendor=huawei", "fn.huawei.mode=handler").run((context) -> {
			assertThat(transportPart(context, RuntimeApiLoop.class)).isEmpty();
			assertThat(transportPart(context, FnHttpServer.class)).isEmpty();
			assertThat(transportPart(context, LocalRuntimeApi.class)).isEmpty();
			assertThat(context).getBean("fgEventDispatcher", EventDispatcher.class).isNotNull();
		});
	}

	@Test
	void localRunPollsALocalRuntimeApi() {
		this.runner.withPropertyValues("fn.vendor=huawei").run((context) -> {
			assertThat(transportPart(context, LocalRuntimeApi.class)).isPresent();
			assertThat(transportPart(context, RuntimeApiLoop.class)).isPresent();
			assertThat(context.getBean(FgDefaults.class).vendor()).isEqualTo(Vendor.LOCAL);
		});
	}

}
