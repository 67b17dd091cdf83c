package io.github.fnspring.autoconfigure;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

import io.github.fnspring.platform.FnTransport;
import io.github.fnspring.testsupport.TestContexts.OneFunction;

import static org.assertj.core.api.Assertions.assertThat;

/** A local run logs one summary line per invocation, as the clouds' runtimes print theirs; a cloud run does not. */
@ExtendWith(OutputCaptureExtension.class)
class ExecutionSummaryLineTest {

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(OneFunction.class)
	static class Application {

	}

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	void aLocalRunLogsEachInvocationsSummaryUnderItsRequestId(CapturedOutput output) throws Exception {
		try (ConfigurableApplicationContext application = start()) {
			assertThat(invoke(application, "summary-1")).isEqualTo("HELLO");
			assertThat(invoke(application, "summary-2")).isEqualTo("HELLO");
		}
		assertThat(output.getOut().lines().filter((line) -> line.contains("Invocation summary: ")))
			.hasSize(2)
			.anySatisfy((line) -> assertThat(line).matches(".*\\[summary-1\\].*Invocation summary: RequestId: summary-1, "
					+ "Memory Size: 512 MB, Duration: \\d+\\.\\d\\d ms, Max Memory Used: [1-9]\\d* MB, Billed Duration: "
					+ "[1-9]\\d* ms"));
	}

	@Test
	void aCloudRunLeavesTheSummaryToThePlatform(CapturedOutput output) throws Exception {
		try (ConfigurableApplicationContext application = start("FC_FUNCTION_NAME=uppercase",
				"FC_CUSTOM_LISTEN_PORT=0", "fn.server.port=", "fn.server.address=127.0.0.1")) {
			assertThat(invoke(application, "cloud-1")).isEqualTo("HELLO");
		}
		assertThat(output.getOut()).doesNotContain("Invocation summary: ");
	}

	private static ConfigurableApplicationContext start(String... properties) {
		return new SpringApplicationBuilder(Application.class)
			.properties("fn.server.port=0", "spring.main.banner-mode=off",
					"logging.pattern.correlation=[%X{fnRequestId:-}] ")
			.properties(properties)
			.run();
	}

	private String invoke(ConfigurableApplicationContext application, String requestId) throws Exception {
		int port = application.getBean(FnTransport.class).port().orElseThrow();
		return this.client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/invoke"))
			.header("x-fc-request-id", requestId)
			.POST(HttpRequest.BodyPublishers.ofString("\"hello\""))
			.build(), HttpResponse.BodyHandlers.ofString()).body();
	}

}
