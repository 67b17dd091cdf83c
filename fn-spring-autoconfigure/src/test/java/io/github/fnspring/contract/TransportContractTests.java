package io.github.fnspring.contract;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.fnspring.contract.TransportDriver.HttpCall;
import io.github.fnspring.contract.TransportDriver.Invocation;
import io.github.fnspring.contract.TransportDriver.Reply;
import io.github.fnspring.core.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The behaviour every vendor transport must share, written once: subclasses start
 * {@link ContractFunctions} behind one transport and supply its {@link TransportDriver}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class TransportContractTests {

	private static final JsonMapper json = JsonMapper.shared();

	protected abstract TransportDriver driver();

	private String call(String function, String body) throws Exception {
		Reply reply = driver().invoke(Invocation.of(function, "req-" + System.nanoTime(), body));
		return new String(driver().successPayload(reply), StandardCharsets.UTF_8);
	}

	@Test
	void plainTextReachesStringFunction() throws Exception {
		assertThat(call("uppercase", "hello world")).isEqualTo("HELLO WORLD");
	}

	@Test
	void jsonStringLiteralIsDecodedForStringFunction() throws Exception {
		assertThat(call("uppercase", "\"hello\"")).isEqualTo("HELLO");
	}

	@Test
	void pojoFunctionReadsAndWritesJson() throws Exception {
		JsonNode receipt = json.readTree(call("order", "{\"orderId\":\"o-7\",\"quantity\":3,\"unitPrice\":2.5}"));
		assertThat(receipt.path("orderId").asString()).isEqualTo("o-7");
		assertThat(receipt.path("total").decimalValue()).isEqualByComparingTo("7.5");
	}

	@Test
	void monoResultIsAwaited() throws Exception {
		assertThat(call("exclaim", "hi")).isEqualTo("hi!");
	}

	@Test
	void fluxResultIsCollectedIntoAJsonArray() throws Exception {
		JsonNode words = json.readTree(call("words", "one two three"));
		assertThat(words.isArray()).isTrue();
		assertThat(words).extracting(JsonNode::asString).containsExactly("one", "two", "three");
	}

	@Test
	void aCompositionNamedByARequestIsNeverRun() throws Exception {
		// Compositions come from configuration: a request naming one gets the default function
		// on a cloud, a 404 in a local run, never the composition
		Reply reply = driver().invoke(Invocation.of("uppercase|exclaim", "req-" + System.nanoTime(), "hello"));
		assertThat(reply.bodyAsString()).doesNotContain("HELLO!");
	}

	@Test
	void supplierIgnoresTheBody() throws Exception {
		assertThat(call("supply", "ignored")).isEqualTo("supplied");
	}

	@Test
	void consumerSucceedsWithEmptyOutput() throws Exception {
		int before = ContractFunctions.consumed.get();
		assertThat(call("consume", "x")).isEmpty();
		assertThat(ContractFunctions.consumed.get()).isEqualTo(before + 1);
	}

	@Test
	void functionSeesItsOwnContextInjectedAndInMessageHeader() throws Exception {
		Invocation invocation = Invocation.of("context", "req-context-1", "{}");
		Reply reply = driver().invoke(invocation);
		JsonNode view = json.readTree(driver().successPayload(reply));
		assertThat(view.path("requestId").asString()).isEqualTo("req-context-1");
		assertThat(view.path("accessKeyId").asString()).isEqualTo(driver().expectedAccessKeyId(invocation));
		assertThat(view.path("vendor").asString()).isEqualTo(driver().expectedVendor());
		assertThat(view.path("platform").asString()).isEqualTo(driver().expectedPlatform());
		assertThat(view.path("sameAsHeader").asBoolean()).isTrue();
		assertThat(view.path("remainingMillis").asLong()).isPositive();
	}

	@Test
	void uncaughtExceptionIsReportedInTheVendorShape() throws Exception {
		Reply reply = driver().invoke(Invocation.of("fail", "req-fail", "boom"));
		driver().assertFailure(reply, IllegalArgumentException.class.getName(), "contract failure for boom");
	}

	@Test
	void malformedJsonIsRejectedAndTheTransportKeepsServing() throws Exception {
		Reply reply = driver().invoke(Invocation.of("order", "req-bad-json", "{\"orderId\": "));
		driver().assertFailure(reply, InvalidInputException.class.getName(), "not valid JSON");
		assertThat(call("uppercase", "still serving")).isEqualTo("STILL SERVING");
	}

	@Test
	void wrongFieldTypeIsRejected() throws Exception {
		Reply reply = driver().invoke(Invocation.of("order", "req-wrong-type", "{\"orderId\":\"a\",\"quantity\":\"many\"}"));
		driver().assertFailure(reply, InvalidInputException.class.getName(), "not valid JSON");
	}

	@Test
	void emptyBodyForPojoIsRejected() throws Exception {
		Reply reply = driver().invoke(Invocation.of("order", "req-empty", ""));
		driver().assertFailure(reply, InvalidInputException.class.getName(), "empty");
	}

	@Test
	void concurrentInvocationsEachSeeOnlyTheirOwnContext() throws Exception {
		ContractFunctions.resetRendezvous(driver().concurrency());
		int count = ContractFunctions.CONCURRENCY;
		ExecutorService clients = Executors.newFixedThreadPool(count);
		try {
			List<Invocation> invocations = new ArrayList<>();
			List<Future<Reply>> replies = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				Invocation invocation = Invocation.of("rendezvous", "req-concurrent-" + i, "{}");
				invocations.add(invocation);
				replies.add(clients.submit(() -> driver().invoke(invocation)));
			}
			for (int i = 0; i < count; i++) {
				JsonNode view = json.readTree(driver().successPayload(replies.get(i).get(60, TimeUnit.SECONDS)));
				Invocation invocation = invocations.get(i);
				assertThat(view.path("requestId").asString()).isEqualTo(invocation.requestId());
				assertThat(view.path("accessKeyId").asString()).isEqualTo(driver().expectedAccessKeyId(invocation));
				assertThat(view.path("sameAsHeader").asBoolean()).isTrue();
			}
		}
		finally {
			clients.shutdownNow();
		}
	}

	@Test
	void anHttpTriggerEventIsServedAsAnHttpRequestAndAnsweredInItsEnvelope() throws Exception {
		HttpCall call = new HttpCall("POST", "/greetings", Map.of("Content-Type", "text/plain"), "你好 trigger");
		byte[] event = driver().httpTriggerEvent(call).orElse(null);
		assumeTrue(event != null, "the platform has no HTTP-trigger event");
		Reply reply = driver().invoke(new Invocation("uppercase", "req-trigger", "AK-req-trigger", event));
		HttpAnswer answer = HttpAnswer.fromEnvelope(driver().successPayload(reply));
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.bodyAsString()).isEqualTo("你好 TRIGGER");
		assertThat(answer.headers().path("Content-Type").asString()).as("text says its charset")
			.isEqualTo("text/plain;charset=UTF-8");
	}

	@Test
	void anHttpTriggerEventForHeadIsAnsweredWithoutABody() throws Exception {
		HttpCall call = new HttpCall("HEAD", "/greetings", Map.of("Content-Type", "text/plain"), "");
		byte[] event = driver().httpTriggerEvent(call).orElse(null);
		assumeTrue(event != null, "the platform has no HTTP-trigger event");
		// a function whose answer always has a body
		Reply reply = driver().invoke(new Invocation("supply", "req-trigger-head", "AK-req-trigger-head", event));
		HttpAnswer answer = HttpAnswer.fromEnvelope(driver().successPayload(reply));
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.bodyAsString()).isEmpty();
	}

	@Test
	void anHttpTriggerEventWhoseFunctionFailsIsAnsweredWithAnHttpErrorInItsEnvelope() throws Exception {
		HttpCall call = new HttpCall("POST", "/fail", Map.of("Content-Type", "text/plain"), "secret-detail");
		byte[] event = driver().httpTriggerEvent(call).orElse(null);
		assumeTrue(event != null, "the platform has no HTTP-trigger event");
		Reply reply = driver().invoke(new Invocation("fail", "req-trigger-fail", "AK-req-trigger-fail", event));
		HttpAnswer answer = HttpAnswer.fromEnvelope(driver().successPayload(reply));
		assertHttpServerError(answer, "req-trigger-fail");
	}

	@Test
	void anHttpTriggerEventWithABodyTheFunctionCannotReadIsAClientError() throws Exception {
		HttpCall call = new HttpCall("POST", "/orders", Map.of("Content-Type", "application/json"), "{\"orderId\": ");
		byte[] event = driver().httpTriggerEvent(call).orElse(null);
		assumeTrue(event != null, "the platform has no HTTP-trigger event");
		Reply reply = driver().invoke(new Invocation("order", "req-trigger-bad", "AK-req-trigger-bad", event));
		HttpAnswer answer = HttpAnswer.fromEnvelope(driver().successPayload(reply));
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.json().path("status").asInt()).isEqualTo(400);
		assertThat(answer.json().path("requestId").asString()).isEqualTo("req-trigger-bad");
	}

	@Test
	void anHttpRequestReachesTheFunctionAndItsResultTheCaller() throws Exception {
		HttpCall call = new HttpCall("POST", "/greetings", Map.of("Content-Type", "text/plain;charset=UTF-8"),
				"你好 http");
		Reply reply = driver().httpRequest("uppercase", "req-http", call).orElse(null);
		assumeTrue(reply != null, "the transport serves no HTTP requests");
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.bodyAsString()).isEqualTo("你好 HTTP");
		assertThat(reply.headers().get("content-type")).as("text says its charset")
			.containsExactly("text/plain;charset=UTF-8");
	}

	@Test
	void anHttpRequestWhoseFunctionFailsIsAnHttpErrorWithoutItsDetails() throws Exception {
		HttpCall call = new HttpCall("POST", "/fail", Map.of("Content-Type", "text/plain"), "secret-detail");
		Reply reply = driver().httpRequest("fail", "req-http-fail", call).orElse(null);
		assumeTrue(reply != null, "the transport serves no HTTP requests");
		assertHttpServerError(HttpAnswer.fromReply(reply), "req-http-fail");
		assertThat(call("uppercase", "still serving")).isEqualTo("STILL SERVING");
	}

	@Test
	void theInitializerRunsOnceBeforeTheFirstInvocationWhateverThePlatformCalls() throws Exception {
		assertThat(call("initializations", "")).isEqualTo("1");
		Optional<Reply> initialized = driver().initialize("req-init");
		initialized.ifPresent((reply) -> assertThat(reply.status()).as("the initializer call").isEqualTo(200));
		assertThat(call("initializations", "")).isEqualTo("1");
	}

	/** A server error as every cloud answers an HTTP caller: status, request id, no internals. */
	private static void assertHttpServerError(HttpAnswer answer, String requestId) {
		assertThat(answer.status()).isEqualTo(500);
		JsonNode error = answer.json();
		assertThat(error.path("status").asInt()).isEqualTo(500);
		assertThat(error.path("requestId").asString()).isEqualTo(requestId);
		assertThat(answer.bodyAsString()).doesNotContain("secret-detail")
			.doesNotContain("stackTrace")
			.doesNotContain(".java");
	}

}
