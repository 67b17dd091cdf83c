package io.github.fnspring.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.fnspring.test.FnTestClient;
import io.github.fnspring.test.FnTestResponse;
import io.github.fnspring.test.FnTestTransport;
import io.github.fnspring.test.SampleEvents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With Spring Boot's structured logging on, the demo's timer function logs through each cloud's
 * real transport, many invocations at once where the transport takes them at once: every line
 * carries its own invocation's request id and function, never another's.
 */
@SpringBootTest(properties = "logging.structured.format.console=ecs")
@ExtendWith(OutputCaptureExtension.class)
class StructuredLogsOnEveryCloudTest {

	/** As many as FC and SCF send one instance at once; custom runtimes take one at a time. */
	private static final int AT_ONCE = 200;

	private static final int ONE_AT_A_TIME = 20;

	private final ExecutorService senders = Executors.newFixedThreadPool(32);

	@Autowired
	private FnTestClient client;

	@AfterAll
	static void plainLogsForTheNextApplication() {
		// Spring Boot hands the format to Logback as a system property, which outlives this test
		System.clearProperty("CONSOLE_LOG_STRUCTURED_FORMAT");
	}

	@ParameterizedTest
	@EnumSource(FnTestTransport.class)
	void everyLineCarriesItsOwnInvocationsFields(FnTestTransport transport, CapturedOutput output) throws Exception {
		int invocations = transport.servesHttpRequests() || transport == FnTestTransport.FG_BUILT_IN_RUNTIME ? AT_ONCE
				: ONE_AT_A_TIME;
		String timer = SampleEvents.json(transport.vendor(), "timer");
		String sampleName = JsonMapper.shared().readTree(timer).findValuesAsString("triggerName").stream()
			.findFirst()
			.orElseGet(() -> JsonMapper.shared().readTree(timer).findValuesAsString("TriggerName").stream()
				.findFirst()
				.orElseGet(() -> JsonMapper.shared().readTree(timer).findValue("trigger_name").asString()));
		List<CompletableFuture<FnTestResponse>> answers = new ArrayList<>();
		for (int i = 0; i < invocations; i++) {
			String requestId = transport.name().toLowerCase() + "-" + i;
			String event = timer.replace(sampleName, "timer-" + requestId);
			answers.add(CompletableFuture.supplyAsync(() -> this.client.invocation(transport)
				.function("tick")
				.requestId(requestId)
				.event(event)
				.send(), this.senders));
		}
		for (CompletableFuture<FnTestResponse> answer : answers) {
			FnTestResponse response = answer.get(120, TimeUnit.SECONDS);
			assertThat(response.isError()).as(response.body()).isFalse();
		}
		String prefix = "Timer timer-" + transport.name().toLowerCase() + "-";
		List<JsonNode> fired = output.getOut()
			.lines()
			.filter((line) -> line.startsWith("{") && line.contains(prefix))
			.map((line) -> JsonMapper.shared().readTree(line))
			.filter((line) -> line.path("message").asString().startsWith(prefix))
			.toList();
		assertThat(fired).hasSize(invocations).allSatisfy((line) -> {
			String message = line.path("message").asString();
			String requestId = message.substring("Timer timer-".length(), message.indexOf(" fired"));
			assertThat(line.path("fnRequestId").asString()).isEqualTo(requestId);
			assertThat(line.path("fnFunction").asString()).isEqualTo("tick");
			assertThat(line.path("fnVendor").asString()).isNotEmpty();
		});
	}

}
