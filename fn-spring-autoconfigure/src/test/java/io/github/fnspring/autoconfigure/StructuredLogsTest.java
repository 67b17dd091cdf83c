package io.github.fnspring.autoconfigure;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.fnspring.ServerlessFunction;
import io.github.fnspring.platform.FnTransport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With Spring Boot's structured logging on, every line of an invocation carries the
 * invocation's fields as JSON members, right under 200 invocations at once: no line carries
 * another invocation's.
 */
@ExtendWith(OutputCaptureExtension.class)
class StructuredLogsTest {

	private static final int INVOCATIONS = 200;

	private static final String STRUCTURED_FORMAT_PROPERTY = "CONSOLE_LOG_STRUCTURED_FORMAT";

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class Application {

		private static final Logger logger = LoggerFactory.getLogger("app");

		@Bean
		@ServerlessFunction
		Function<String, String> audit() {
			return (input) -> {
				logger.info("auditing {}", input);
				return input;
			};
		}

	}

	@Test
	void everyLineOfAnInvocationCarriesItsRequestIdFunctionVendorAndColdStart(CapturedOutput output) throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		try (ConfigurableApplicationContext application = new SpringApplicationBuilder(Application.class)
			.properties("fn.server.port=0", "spring.main.banner-mode=off", "logging.structured.format.console=ecs")
			.run()) {
			int port = application.getBean(FnTransport.class).port().orElseThrow();
			List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
			for (int i = 0; i < INVOCATIONS; i++) {
				answers.add(client.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/invoke"))
					.header("x-fc-request-id", "req-" + i)
					.POST(HttpRequest.BodyPublishers.ofString("\"item-" + i + "\""))
					.build(), HttpResponse.BodyHandlers.ofString()));
			}
			for (CompletableFuture<HttpResponse<String>> answer : answers) {
				assertThat(answer.get(60, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
			}
		}
		finally {
			// Spring Boot hands the format to Logback as a system property, which outlives the
			// application: the next application this JVM starts would log JSON too
			System.clearProperty(STRUCTURED_FORMAT_PROPERTY);
		}
		List<JsonNode> lines = output.getOut().lines().filter((line) -> line.startsWith("{")).map(StructuredLogsTest::json).toList();
		List<JsonNode> audits = lines.stream().filter((line) -> line.path("message").asString().startsWith("auditing ")).toList();
		assertThat(audits).hasSize(INVOCATIONS).allSatisfy((line) -> {
			String item = line.path("message").asString().substring("auditing item-".length());
			assertThat(line.path("fnRequestId").asString()).isEqualTo("req-" + item);
			assertThat(line.path("fnFunction").asString()).isEqualTo("audit");
			assertThat(line.path("fnVendor").asString()).isEqualTo("local");
		});
		assertThat(audits).filteredOn((line) -> line.path("fnColdStart").asString().equals("true")).hasSize(1);
		assertThat(audits).filteredOn((line) -> line.path("fnColdStart").isMissingNode()).hasSize(INVOCATIONS - 1);
		// the execution summary is a structured event of its own
		List<JsonNode> summaries = lines.stream()
			.filter((line) -> line.path("message").asString().startsWith("Invocation summary: "))
			.toList();
		assertThat(summaries).hasSize(INVOCATIONS).allSatisfy((line) -> {
			assertThat(line.path("message").asString()).contains("RequestId: " + line.path("fnRequestId").asString());
			assertThat(line.path("fnFunction").asString()).isEqualTo("audit");
			assertThat(line.path("fnBilledDurationMs").asLong()).isPositive();
			assertThat(line.path("fnMemorySizeMb").asInt()).isEqualTo(512);
		});
	}

	private static JsonNode json(String line) {
		return JsonMapper.shared().readTree(line);
	}

}
