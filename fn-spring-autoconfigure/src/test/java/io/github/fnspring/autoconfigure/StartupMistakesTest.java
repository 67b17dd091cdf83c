package io.github.fnspring.autoconfigure;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.function.Function;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;

import io.github.fnspring.ServerlessFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * A start-up mistake is reported as Spring Boot reports a failure it understands: a
 * description and an action, not a stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupMistakesTest {

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class TwoFunctions {

		@Bean
		@ServerlessFunction
		Function<String, String> uppercase() {
			return String::toUpperCase;
		}

		@Bean
		@ServerlessFunction("hello")
		Supplier<String> greeting() {
			return () -> "hello";
		}

		@Bean
		Function<String, String> reverse() {
			return (text) -> new StringBuilder(text).reverse().toString();
		}

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class SameName {

		@Bean
		@ServerlessFunction("same")
		Function<String, String> first() {
			return String::toUpperCase;
		}

		@Bean
		@ServerlessFunction("same")
		Function<String, String> second() {
			return String::toLowerCase;
		}

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class NoFunction {

	}

	private static String report(CapturedOutput output, Class<?> application, String... properties) {
		assertThatException().isThrownBy(() -> new SpringApplicationBuilder(application)
			.properties("fn.server.port=0", "spring.main.banner-mode=off")
			.properties(properties)
			.run()
			.close());
		String report = output.getOut() + output.getErr();
		assertThat(report).contains("APPLICATION FAILED TO START").contains("Description:").contains("Action:");
		return report;
	}

	@Test
	void twoBeansExportedUnderOneName(CapturedOutput output) {
		assertThat(report(output, SameName.class))
			.contains("Beans 'first' and 'second' are both exported as function 'same'.")
			.contains("Give one of them another name with @ServerlessFunction");
	}

	@Test
	void severalFunctionsAndNoneChosenOnACloud(CapturedOutput output) {
		assertThat(report(output, TwoFunctions.class, "FC_FUNCTION_NAME=orders"))
			.contains("Several functions are exported [hello, uppercase] and none is chosen for the cloud function "
					+ "'orders'.")
			.contains("Set fn.function (the environment variable FN_FUNCTION)");
	}

	@Test
	void anUnknownPinnedFunctionSaysHowToExportABeanOfThatName(CapturedOutput output) {
		assertThat(report(output, TwoFunctions.class, "fn.function=reverse"))
			.contains("fn.function=reverse names no exported function. Exported functions: [hello, uppercase].")
			.contains("export bean 'reverse' by annotating it with @ServerlessFunction");
	}

	@Test
	void noFunctionExported(CapturedOutput output) {
		assertThat(report(output, NoFunction.class)).contains("No function is exported")
			.contains("Annotate a Function, Consumer or Supplier bean with @ServerlessFunction");
	}

	@Test
	void aDefinitionTheCatalogLacks(CapturedOutput output) {
		assertThat(report(output, TwoFunctions.class, "spring.cloud.function.definition=missing"))
			.contains("Spring Cloud Function's catalog has no function 'missing'")
			.contains("Set spring.cloud.function.definition (or fn.function)");
	}

	@Test
	void aPortAlreadyInUse(CapturedOutput output) throws Exception {
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			assertThat(report(output, TwoFunctions.class, "spring.cloud.function.definition=uppercase",
					"fn.server.port=" + taken.getLocalPort()))
				.contains("fn-spring could not listen on 127.0.0.1:" + taken.getLocalPort())
				.contains("choose another port with fn.server.port");
		}
	}

	@Test
	void anUnknownVendor(CapturedOutput output) {
		assertThat(report(output, TwoFunctions.class, "fn.vendor=aws"))
			.contains("Invalid value 'aws' for configuration property 'fn.vendor'");
	}

}
