package io.github.fnspring.tencent;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;

import io.github.fnspring.Vendor;
import io.github.fnspring.core.EventTranslator;
import io.github.fnspring.core.FunctionSelector;
import io.github.fnspring.runtime.LocalRuntimeApi;
import io.github.fnspring.runtime.RuntimeApiLoop;
import io.github.fnspring.server.FnHttpServer;
import io.github.fnspring.server.PlatformHttpHandler;
import io.github.fnspring.tencent.ScfDefaults;
import io.github.fnspring.tencent.ScfEventTranslator;
import io.github.fnspring.testsupport.TestApplications;
import io.github.fnspring.testsupport.TestContexts;
import io.github.fnspring.testsupport.TestContexts.OneFunction;

import static io.github.fnspring.testsupport.TestApplications.transportPart;
import static org.assertj.core.api.Assertions.assertThat;

class TencentScfAutoConfigurationTest {

	private final ApplicationContextRunner runner = TestContexts.runner().withUserConfiguration(OneFunction.class);

	@Test
	void runtimeApiMeansACustomRuntimeLoop() {
		this.runner.withPropertyValues("SCF_RUNTIME_API=127.0.0.1", "SCF_RUNTIME_API_PORT=1", "SCF_FUNCTIONNAME=f",
				"TENCENTCLOUD_SECRETID=id", "TENCENTCLOUD_SECRETKEY=key", "TENCENTCLOUD_APPID=1250000000")
			.run((context) -> {
				assertThat(transportPart(context, RuntimeApiLoop.class)).isPresent();
				assertThat(transportPart(context, LocalRuntimeApi.class)).isEmpty();
				assertThat(transportPart(context, FnHttpServer.class)).isEmpty();
				assertThat(context).doesNotHaveBean("fcProtocolHandler");
				assertThat(context.getBean(EventTranslator.class)).isInstanceOf(ScfEventTranslator.class);
				ScfDefaults defaults = context.getBean(ScfDefaults.class);
				assertThat(defaults.vendor()).isEqualTo(Vendor.TENCENT);
				assertThat(defaults.appId()).isEqualTo("1250000000");
				assertThat(defaults.credentials().accessKeyId()).isEqualTo("id");
				assertThat(defaults.toString()).doesNotContain("key");
			});
	}

	@Test
	void functionNameWithoutRuntimeApiMeansAWebFunctionOnAllInterfaces() {
		this.runner.withPropertyValues("SCF_FUNCTIONNAME=uppercase", "fn.server.port=").run((context) -> {
			assertThat(transportPart(context, PlatformHttpHandler.class)).isPresent();
			assertThat(transportPart(context, RuntimeApiLoop.class)).isEmpty();
			FnHttpServer server = transportPart(context, FnHttpServer.class).orElseThrow();
			assertThat(server.settings().address()).isEqualTo("0.0.0.0");
			assertThat(server.settings().port()).isEqualTo(9000);
			assertThat(server.settings().maxRequestBytes()).isEqualTo(6L * 1024 * 1024);
			assertThat(context.getBean(FunctionSelector.class).defaultDefinition()).isEqualTo("uppercase");
		});
	}

	@Test
	void aLocalRuntimeApiListensOnLoopbackEvenInTheCloud() {
		this.runner.withPropertyValues("SCF_FUNCTIONNAME=f", "fn.tencent.mode=runtime").run((context) -> {
			assertThat(context.getBean(ScfDefaults.class).vendor()).isEqualTo(Vendor.TENCENT);
			assertThat(transportPart(context, LocalRuntimeApi.class).orElseThrow().baseUri().getHost())
				.isEqualTo("127.0.0.1");
		});
	}

	@Test
	void aStoppedContextStartsItsLocalRuntimeApiAgainAndPublishesTheNewPort() throws Exception {
		try (ConfigurableApplicationContext context = TestApplications.start(ScfTestApplication.class,
				"fn.vendor=tencent", "spring.cloud.function.definition=uppercase")) {
			LocalRuntimeApi api = transportPart(context, LocalRuntimeApi.class).orElseThrow();
			context.stop();
			context.start();
			assertThat(context.getEnvironment().getProperty("local.fn.port", Integer.class)).isEqualTo(api.port());
			LocalRuntimeApi.Invocation invocation = api.submit("\"again\"".getBytes(StandardCharsets.UTF_8),
					Map.of(LocalRuntimeApi.FUNCTION_HEADER, "uppercase"));
			assertThat(invocation.answer().get(10, TimeUnit.SECONDS).bodyAsString()).contains("AGAIN");
		}
	}

	@Test
	void localRunPollsALocalRuntimeApiOnLoopback() {
		this.runner.withPropertyValues("fn.vendor=tencent").run((context) -> {
			assertThat(transportPart(context, LocalRuntimeApi.class)).isPresent();
			assertThat(transportPart(context, RuntimeApiLoop.class)).isPresent();
			assertThat(transportPart(context, LocalRuntimeApi.class).orElseThrow().baseUri().getHost()).isEqualTo("127.0.0.1");
			assertThat(context.getBean(ScfDefaults.class).vendor()).isEqualTo(Vendor.LOCAL);
		});
	}

	@Test
	void modeCanBeForced() {
		this.runner.withPropertyValues("fn.vendor=tencent", "fn.tencent.mode=web").run((context) -> {
			assertThat(transportPart(context, PlatformHttpHandler.class)).isPresent();
			assertThat(transportPart(context, FnHttpServer.class).orElseThrow().settings().address()).isEqualTo("127.0.0.1");
		});
	}

}
