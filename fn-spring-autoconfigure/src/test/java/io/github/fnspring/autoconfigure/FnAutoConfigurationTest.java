package io.github.fnspring.autoconfigure;

import java.util.function.Function;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

import io.github.fnspring.FnContext;
import io.github.fnspring.FnCredentialsProvider;
import io.github.fnspring.ServerlessFunction;
import io.github.fnspring.Vendor;
import io.github.fnspring.aliyun.FcDefaults;
import io.github.fnspring.core.CurrentFnContext;
import io.github.fnspring.core.FunctionSelector;
import io.github.fnspring.core.MisconfigurationException;
import io.github.fnspring.core.UnknownFunctionException;
import io.github.fnspring.platform.HttpServerTransport;
import io.github.fnspring.platform.PlatformTransports;
import io.github.fnspring.server.FnHttpServer;
import io.github.fnspring.testsupport.TestContexts;
import io.github.fnspring.testsupport.TestContexts.OneFunction;

import static io.github.fnspring.testsupport.TestApplications.transportPart;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class FnAutoConfigurationTest {

	private final ApplicationContextRunner runner = TestContexts.runner();

	@Configuration(proxyBeanMethods = false)
	static class TwoFunctions extends OneFunction {

		@Bean
		@ServerlessFunction("hello")
		Supplier<String> greeting() {
			return () -> "hello";
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class NotAFunction {

		@Bean
		@ServerlessFunction
		String text() {
			return "not a function";
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class DuplicateNames {

		@Bean
		@ServerlessFunction("same")
		Function<String, String> first() {
			return (text) -> text;
		}

		@Bean
		@ServerlessFunction("same")
		Function<String, String> second() {
			return (text) -> text;
		}

	}

	@Test
	void withoutVendorEnvironmentRunsLocallyOnLoopback() {
		this.runner.withUserConfiguration(OneFunction.class).run((context) -> {
			assertThat(context).hasBean("fcProtocolHandler");
			assertThat(context.getBean(FcDefaults.class).vendor()).isEqualTo(Vendor.LOCAL);
			assertThat(transportPart(context, FnHttpServer.class).orElseThrow().settings().address()).isEqualTo("127.0.0.1");
		});
	}

	@Test
	void localDefaultPortIs8080() {
		this.runner.withUserConfiguration(OneFunction.class).withPropertyValues("fn.server.port=", "fn.server.enabled=false")
			.run((context) -> {
				assertThat(transportPart(context, FnHttpServer.class)).isEmpty();
				// the transport a local run would start, built but not started
				HttpServerTransport transport = (HttpServerTransport) context.getBean(PlatformTransports.class)
					.httpServer("aliyun", (exchange) -> exchange.close(), 9000, DataSize.ofMegabytes(1), 1, "test");
				assertThat(transport.server().settings().port()).isEqualTo(8080);
				assertThat(transport.server().settings().address()).isEqualTo("127.0.0.1");
			});
	}

	@Test
	void fcEnvironmentIsDetectedAndServedOnAllInterfacesAtItsPort() {
		this.runner.withUserConfiguration(OneFunction.class)
			.withPropertyValues("FC_FUNCTION_NAME=my-fn", "FC_FUNCTION_MEMORY_SIZE=1024", "FC_REGION=cn-beijing",
					"ALIBABA_CLOUD_ACCESS_KEY_ID=env-ak", "ALIBABA_CLOUD_ACCESS_KEY_SECRET=env-sk")
			.run((context) -> {
				FcDefaults defaults = context.getBean(FcDefaults.class);
				assertThat(defaults.vendor()).isEqualTo(Vendor.ALIYUN);
				assertThat(defaults.functionName()).isEqualTo("my-fn");
				assertThat(defaults.memoryMb()).isEqualTo(1024);
				assertThat(defaults.region()).isEqualTo("cn-beijing");
				assertThat(defaults.credentials().accessKeyId()).isEqualTo("env-ak");
				assertThat(defaults.toString()).doesNotContain("env-sk");
				assertThat(transportPart(context, FnHttpServer.class).orElseThrow().settings().address()).isEqualTo("0.0.0.0");
			});
	}

	@Test
	void fcListenPortComesFromTheEnvironment() {
		this.runner.withUserConfiguration(OneFunction.class)
			.withPropertyValues("FC_CUSTOM_LISTEN_PORT=0", "fn.server.port=", "fn.server.address=127.0.0.1")
			.run((context) -> {
				assertThat(context.getBean(FcDefaults.class).vendor()).isEqualTo(Vendor.ALIYUN);
				assertThat(transportPart(context, FnHttpServer.class).orElseThrow().settings().port()).isZero();
			});
	}

	@Test
	void otherVendorsGetNoFcTransport() {
		this.runner.withUserConfiguration(OneFunction.class).withPropertyValues("fn.vendor=huawei").run((context) -> {
			assertThat(context).doesNotHaveBean("fcProtocolHandler");
			assertThat(context).hasSingleBean(FnContext.class);
		});
	}

	@Test
	void serverCanBeSwitchedOff() {
		this.runner.withUserConfiguration(OneFunction.class).withPropertyValues("fn.server.enabled=false")
			.run((context) -> {
				assertThat(transportPart(context, FnHttpServer.class)).isEmpty();
				assertThat(context).hasBean("fcProtocolHandler");
			});
	}

	@Test
	void injectedContextOutsideAnInvocationSaysSo() {
		this.runner.withUserConfiguration(OneFunction.class).run((context) -> {
			FnContext fnContext = context.getBean(FnContext.class);
			assertThat(fnContext).isInstanceOf(CurrentFnContext.class);
			assertThatIllegalStateException().isThrownBy(fnContext::requestId).withMessageContaining("No serverless invocation");
		});
	}

	@Test
	void springCloudFunctionsBeansAreCreatedOnlyWhenAFunctionIsLookedUp() {
		this.runner.withUserConfiguration(OneFunction.class).run((context) -> {
			assertThat(context.getBeanFactory().getBeanDefinition("functionCatalog").isLazyInit()).isTrue();
			assertThat(context.getBeanFactory().getBeanDefinition("functionRouter").isLazyInit()).isTrue();
			assertThat(context.getBeanFactory().getBeanDefinition("fnFunctionInvoker").isLazyInit()).isFalse();
			assertThat(context.getBeanFactory().containsSingleton("functionCatalog"))
				.as("the default function was looked up at start").isTrue();
		});
	}

	@Test
	void onlyExportedFunctionIsTheDefault() {
		this.runner.withUserConfiguration(OneFunction.class)
			.run((context) -> assertThat(context.getBean(FunctionSelector.class).defaultDefinition()).isEqualTo("uppercase"));
	}

	@Test
	void severalExportedFunctionsWithoutChoiceFailTheStartOnACloudListingCandidates() {
		this.runner.withUserConfiguration(TwoFunctions.class)
			.withPropertyValues("FC_FUNCTION_NAME=orders")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(MisconfigurationException.class)
				.hasMessageContaining("Several functions are exported [hello, uppercase]")
				.hasMessageContaining("'orders'"));
	}

	@Test
	void severalExportedFunctionsWithoutChoiceStartLocallyAndEachRequestNamesOne() {
		this.runner.withUserConfiguration(TwoFunctions.class).run((context) -> {
			assertThat(context).hasNotFailed();
			FunctionSelector selector = context.getBean(FunctionSelector.class);
			assertThat(selector.hasDefault()).isFalse();
			assertThat(selector.select("hello")).isEqualTo("greeting");
			assertThatExceptionOfType(UnknownFunctionException.class).isThrownBy(() -> selector.select(null))
				.withMessageContaining("[hello, uppercase]")
				.withMessageContaining("x-fn-function-name");
		});
	}

	@Test
	void fnFunctionPinsTheExportedName() {
		this.runner.withUserConfiguration(TwoFunctions.class).withPropertyValues("fn.function=hello")
			.run((context) -> assertThat(context.getBean(FunctionSelector.class).select("uppercase")).isEqualTo("greeting"));
	}

	@Test
	void unknownFnFunctionFailsTheStartListingCandidates() {
		this.runner.withUserConfiguration(TwoFunctions.class).withPropertyValues("fn.function=nope").run(
				(context) -> assertThat(context).getFailure().rootCause().hasMessageContaining("fn.function=nope")
					.hasMessageContaining("[hello, uppercase]"));
	}

	@Test
	void cloudFunctionNameMatchingAnExportedNameIsChosen() {
		this.runner.withUserConfiguration(TwoFunctions.class)
			.withPropertyValues("FC_FUNCTION_NAME=hello", "fn.server.address=127.0.0.1")
			.run((context) -> assertThat(context.getBean(FunctionSelector.class).defaultDefinition()).isEqualTo("greeting"));
	}

	@Test
	void functionDefinitionIsUsedWhenNoExportedNameMatches() {
		this.runner.withUserConfiguration(TwoFunctions.class)
			.withPropertyValues("spring.cloud.function.definition=uppercase")
			.run((context) -> assertThat(context.getBean(FunctionSelector.class).defaultDefinition()).isEqualTo("uppercase"));
	}

	@Test
	void unknownFunctionDefinitionFailsTheStart() {
		this.runner.withUserConfiguration(TwoFunctions.class)
			.withPropertyValues("spring.cloud.function.definition=missing")
			.run((context) -> assertThat(context).getFailure()
				.hasMessageContaining("no function 'missing'")
				.hasMessageContaining("[hello, uppercase]"));
	}

	@Test
	void localFunctionNameIsTheExportedName() {
		this.runner.withUserConfiguration(TwoFunctions.class).withPropertyValues("fn.function=hello")
			.run((context) -> assertThat(context.getBean(FcDefaults.class).functionName()).isEqualTo("hello"));
	}

	@Test
	void annotatedBeanThatIsNotAFunctionFailsTheStart() {
		this.runner.withUserConfiguration(OneFunction.class, NotAFunction.class).run((context) -> assertThat(context)
			.getFailure()
			.rootCause()
			.hasMessageContaining("'text' is a java.lang.String"));
	}

	@Test
	void duplicateExportedNamesFailTheStart() {
		this.runner.withUserConfiguration(DuplicateNames.class).run((context) -> assertThat(context).getFailure()
			.rootCause()
			.hasMessageContaining("both exported as function 'same'"));
	}

	@Test
	void theDefaultRequestLimitIsTheSmallerOfThePlatformsAndASixteenthOfTheHeap() {
		FnProperties.Server server = new FnProperties.Server();
		long sixteenthOfHeap = Runtime.getRuntime().maxMemory() / 16;
		assertThat(server.maxRequestBytesOr(DataSize.ofBytes(Long.MAX_VALUE))).isEqualTo(sixteenthOfHeap);
		assertThat(server.maxRequestBytesOr(DataSize.ofKilobytes(64))).isEqualTo(64 * 1024);
		server.setMaxRequestSize(DataSize.ofBytes(Long.MAX_VALUE));
		assertThat(server.maxRequestBytesOr(DataSize.ofKilobytes(64))).as("configured wins").isEqualTo(Long.MAX_VALUE);
	}

	@Test
	void fnVendorChoosesTheProtocolNotWhereItRuns() {
		this.runner.withUserConfiguration(OneFunction.class)
			.withPropertyValues("fn.vendor=aliyun")
			.run((context) -> {
				// A workstation with fn.vendor=aliyun is a local run speaking FC's protocol
				assertThat(context.getBean(FcDefaults.class).vendor()).isEqualTo(Vendor.LOCAL);
				assertThat(transportPart(context, FnHttpServer.class).orElseThrow().settings().address()).isEqualTo("127.0.0.1");
			});
		this.runner.withUserConfiguration(OneFunction.class)
			.withPropertyValues("fn.vendor=aliyun", "FC_FUNCTION_NAME=uppercase")
			.run((context) -> assertThat(context.getBean(FcDefaults.class).vendor()).isEqualTo(Vendor.ALIYUN));
	}

	@Test
	void propertiesAreBound() {
		this.runner.withUserConfiguration(OneFunction.class)
			.withPropertyValues("fn.error.include-stacktrace=false", "fn.error.include-message=true",
					"fn.server.max-threads=8", "fn.server.max-request-size=1MB", "fn.server.max-request-time=3s",
					"fn.local.timeout=5s",
					"fn.local.memory-mb=128", "fn.aliyun.timeout-header=x-timeout")
			.run((context) -> {
				FnProperties properties = context.getBean(FnProperties.class);
				assertThat(properties.getError().isIncludeStacktrace()).isFalse();
				assertThat(properties.getError().isIncludeMessage()).isTrue();
				assertThat(properties.getServer().getMaxRequestSize().toBytes()).isEqualTo(1024 * 1024);
				assertThat(transportPart(context, FnHttpServer.class).orElseThrow().settings().maxThreads()).isEqualTo(8);
				assertThat(transportPart(context, FnHttpServer.class).orElseThrow().settings().maxRequestTime()).hasSeconds(3);
				FcDefaults defaults = context.getBean(FcDefaults.class);
				assertThat(defaults.timeout()).hasSeconds(5);
				assertThat(defaults.memoryMb()).isEqualTo(128);
			});
	}

	@Test
	void severalPlatformsServedTakeTheInstanceCredentialsOfTheChosenOne() {
		this.runner.withUserConfiguration(OneFunction.class)
			.withPropertyValues("fn.vendor=tencent", "fn.local.platforms=aliyun,huawei", "fn.server.enabled=false")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(FnCredentialsProvider.class).credentials())
					.hasValueSatisfying((credentials) -> assertThat(credentials.accessKeyId())
						.isEqualTo("LOCAL-FAKE-SECRET-ID"));
			});
	}

}
