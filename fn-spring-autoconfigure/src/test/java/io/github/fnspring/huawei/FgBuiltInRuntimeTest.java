package io.github.fnspring.huawei;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The built-in runtime's entry point called through the conversions FunctionGraph's own
 * Java executor makes: events and results pass through Gson, handlers are found by name.
 */
@ExtendWith(OutputCaptureExtension.class)
class FgBuiltInRuntimeTest {

	private final FgBuiltInRuntime runtime = new FgBuiltInRuntime(new FunctionGraphHandler());

	@AfterEach
	void reset() {
		FgTestApplication.slowPreStop.set(false);
		FunctionGraphHandlers.reset();
	}

	private static TestRuntimeContext context(String requestId, String functionName) {
		return new TestRuntimeContext(requestId, functionName, "AK-" + requestId,
				Map.of(FgApplicationClass.NAME_VARIABLE, FgTestApplication.class.getName()));
	}

	@Test
	void everyEntryPointHasOneMethodOfItsName() {
		for (String name : new String[] { "handleRequest", "initialize", "preStop", "heartbeat" }) {
			assertThat(Arrays.stream(FunctionGraphHandler.class.getDeclaredMethods()).map(Method::getName))
				.as("the runtime takes the first method named %s, whatever its parameters", name)
				.containsOnlyOnce(name);
		}
	}

	@Test
	void numbersReachTheFunctionAndComeBackExactly() throws Throwable {
		String answer = this.runtime.invoke("handleRequest", "{\"n\":2,\"big\":9007199254740993}",
				context("req-numbers", "numbers"));
		Map<String, Object> received = FgTestApplication.receivedNumbers.get();
		assertThat(received.get("n")).isEqualTo(2);
		assertThat(received.get("big")).isEqualTo(9007199254740993L);
		JsonNode result = JsonMapper.shared().readTree(answer);
		assertThat(result.path("n").isIntegralNumber()).isTrue();
		assertThat(result.path("n").asLong()).isEqualTo(2);
		assertThat(result.path("big").asLong()).isEqualTo(9007199254740993L);
		assertThat(answer).doesNotContain("2.0").doesNotContain("E15");
	}

	@Test
	void aPojoResultIsWrittenAsItsJson() throws Throwable {
		String answer = this.runtime.invoke("handleRequest",
				"{\"orderId\":\"o-1\",\"quantity\":2,\"reference\":9007199254740993}", context("req-order", "order"));
		JsonNode order = JsonMapper.shared().readTree(answer);
		assertThat(order.path("orderId").asString()).isEqualTo("o-1");
		assertThat(order.path("quantity").isIntegralNumber()).isTrue();
		assertThat(order.path("quantity").asInt()).isEqualTo(3);
		assertThat(order.path("reference").asLong()).isEqualTo(9007199254740993L);
	}

	@Test
	void decimalsComeBackAsTheFunctionWroteThem() throws Throwable {
		String answer = this.runtime.invoke("handleRequest", "{}", context("req-price", "price"));
		assertThat(answer).contains("25.10");
	}

	@Test
	void aTextResultIsAJsonString() throws Throwable {
		String answer = this.runtime.invoke("handleRequest", "\"hi fg\"", context("req-text", "uppercase"));
		assertThat(answer).isEqualTo("\"HI FG\"");
	}

	@Test
	void aConsumerAnswersNull() throws Throwable {
		String answer = this.runtime.invoke("handleRequest", "\"to the sink\"", context("req-sink", "sink"));
		assertThat(answer).isEqualTo("null");
		assertThat(FgTestApplication.consumed.get()).isEqualTo("to the sink");
	}

	@Test
	void preStopRunsTheHandlersWithinItsTimeout() throws Throwable {
		this.runtime.invoke("handleRequest", "\"start\"", context("req-start", "uppercase"));
		int before = FgTestApplication.preStopped.get();
		assertThat(this.runtime.preStop("preStop", context("stop-fast", "uppercase"), 5)).isTrue();
		assertThat(FgTestApplication.preStopped.get()).isEqualTo(before + 1);
	}

	@Test
	void aPreStopHookThatOverrunsItsTimeoutIsInterruptedAndLogged(CapturedOutput output) throws Throwable {
		this.runtime.invoke("handleRequest", "\"start\"", context("req-start-slow", "uppercase"));
		FgTestApplication.preStopInterrupted = new CountDownLatch(1);
		FgTestApplication.slowPreStop.set(true);
		long started = System.nanoTime();
		assertThat(this.runtime.preStop("preStop", context("stop-slow", "uppercase"), 1)).isFalse();
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
		assertThat(FgTestApplication.preStopInterrupted.await(10, TimeUnit.SECONDS)).isTrue();
		awaitOutput(output, "Invocation stop-slow of function uppercase failed");
	}

	private static void awaitOutput(CapturedOutput output, String text) {
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(output.getAll()).contains(text));
	}

	@Test
	void aRuntimeJarWithoutTheNewerGettersStillGivesAContext() throws Throwable {
		String answer = this.runtime.invoke("handleRequest", "{}",
				OlderRuntimeContexts.without(context("req-old-jar", "describe"), "getProjectID",
						"getSecurityAccessKey", "getSecuritySecretKey", "getSecurityToken"));
		JsonNode view = JsonMapper.shared().readTree(answer);
		assertThat(view.path("requestId").asString()).isEqualTo("req-old-jar");
		assertThat(view.path("accountId").isNull()).isTrue();
		assertThat(view.path("accessKeyId").isNull()).isTrue();
	}

}
