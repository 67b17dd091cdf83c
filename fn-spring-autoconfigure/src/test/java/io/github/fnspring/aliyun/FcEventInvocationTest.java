package io.github.fnspring.aliyun;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import io.github.fnspring.event.ObjectStorageEvent;
import io.github.fnspring.event.TimerEvent;

import static org.assertj.core.api.Assertions.assertThat;

/** FC's sample events sent to {@code POST /invoke} over real HTTP. */
class FcEventInvocationTest extends FcServerTestSupport {

	private static final JsonMapper json = JsonMapper.shared();

	@Test
	void timerEventReachesTimerConsumer() {
		byte[] event = FcClient.sampleEvent("timer.json");
		JsonNode sample = json.readTree(event);
		HttpResponse<byte[]> response = this.fc.invoke("timer", "req-timer", event);
		assertThat(response.statusCode()).isEqualTo(200);
		TimerEvent timer = (TimerEvent) FcTestApplication.received.get();
		assertThat(timer.time()).isEqualTo(Instant.parse(sample.path("triggerTime").asString()));
		assertThat(timer.triggerName()).isEqualTo(sample.path("triggerName").asString());
		assertThat(timer.payload()).isEqualTo(sample.path("payload").asString());
	}

	@Test
	void ossEventReachesObjectStorageConsumer() {
		byte[] event = FcClient.sampleEvent("oss.json");
		JsonNode sample = json.readTree(event).path("events").get(0);
		HttpResponse<byte[]> response = this.fc.invoke("storage", "req-oss", event);
		assertThat(response.statusCode()).isEqualTo(200);
		ObjectStorageEvent storage = (ObjectStorageEvent) FcTestApplication.received.get();
		assertThat(storage.changes()).hasSize(1);
		ObjectStorageEvent.ObjectChange change = storage.changes().get(0);
		assertThat(change.bucket()).isEqualTo(sample.path("oss").path("bucket").path("name").asString());
		assertThat(change.key()).isEqualTo(sample.path("oss").path("object").path("key").asString());
		assertThat(change.size()).isEqualTo(sample.path("oss").path("object").path("size").asLong());
		assertThat(change.eventName()).isEqualTo(sample.path("eventName").asString());
		assertThat(change.region()).isEqualTo(sample.path("region").asString());
		assertThat(change.eventTime()).isEqualTo(Instant.parse(sample.path("eventTime").asString()));
	}

	@Test
	void eventsWithoutAPortableTypeReachTheFunctionAsSent() {
		for (String name : new String[] { "mns-topic.json", "cloudevent-mns-queue.json" }) {
			byte[] event = FcClient.sampleEvent(name);
			HttpResponse<byte[]> response = this.fc.invoke("json", "req-" + name, event);
			assertThat(response.statusCode()).as(name).isEqualTo(200);
			assertThat(FcClient.json(response)).as(name).isEqualTo(json.readTree(event));
		}
	}

	@Test
	void aBodyMarkedBase64ThatIsNotIsABadRequest() {
		for (String body : new String[] { "!!!", "aGVsbG8=!", "aGV sbG8*" }) {
			ObjectNode event = (ObjectNode) json.readTree(FcClient.sampleEvent("http-trigger.json"));
			event.put("isBase64Encoded", true);
			event.put("body", body);
			HttpResponse<byte[]> response = this.fc.invoke("uppercase", "req-bad-base64", json.writeValueAsBytes(event));
			// As documented: the event cannot be read, so the event invocation fails, with no stack
			assertThat(response.statusCode()).as(body).isEqualTo(404);
			JsonNode error = FcClient.json(response);
			assertThat(error.path("errorMessage").asString()).as(body)
				.startsWith("The HTTP-trigger event's body is marked base64 but is not");
			assertThat(error.path("stackTrace")).as(body).isEmpty();
		}
	}

	@Test
	void aBase64BodyWithLineBreaksIsDecoded() {
		ObjectNode event = (ObjectNode) json.readTree(FcClient.sampleEvent("http-trigger.json"));
		event.put("isBase64Encoded", true);
		event.put("body", "aGVsbG8g\r\nd29ybGQ=");
		JsonNode envelope = FcClient.json(this.fc.invoke("uppercase", "req-base64-lines", json.writeValueAsBytes(event)));
		assertThat(envelope.path("body").asString()).isEqualTo("HELLO WORLD");
	}

	@Test
	void timerEventWithBadTimeIsRejected() {
		byte[] event = "{\"triggerTime\":\"yesterday\",\"triggerName\":\"t\"}".getBytes(StandardCharsets.UTF_8);
		HttpResponse<byte[]> response = this.fc.invoke("timer", "req-bad-timer", event);
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(FcClient.json(response).path("errorMessage").asString()).contains("yesterday");
	}

	@Test
	void httpTriggerEventIsAnsweredWithTheHttpEnvelope() {
		byte[] event = FcClient.sampleEvent("http-trigger.json");
		String body = json.readTree(event).path("body").asString();
		HttpResponse<byte[]> response = this.fc.invoke("uppercase", "req-http-event", event);
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode envelope = FcClient.json(response);
		assertThat(envelope.path("statusCode").asInt()).isEqualTo(200);
		assertThat(envelope.path("isBase64Encoded").asBoolean()).isFalse();
		assertThat(envelope.path("body").asString()).isEqualTo(body.toUpperCase());
	}

	@Test
	void httpTriggerEventCarriesMethodPathAndHeaders() {
		byte[] event = FcClient.sampleEvent("http-trigger.json");
		JsonNode sample = json.readTree(event);
		this.fc.invoke("request", "req-http-request", event);
		io.github.fnspring.event.HttpRequestEvent request = (io.github.fnspring.event.HttpRequestEvent) FcTestApplication.received
			.get();
		assertThat(request.method()).isEqualTo(sample.path("requestContext").path("http").path("method").asString());
		assertThat(request.path()).isEqualTo(sample.path("requestContext").path("http").path("path").asString());
		assertThat(request.header("header2")).contains(sample.path("headers").path("header2").asString());
		assertThat(request.queryParameter("parameter1")).contains(sample.path("queryParameters").path("parameter1").asString());
	}

	@Test
	void base64HttpTriggerBodiesAreDecodedAndBinaryAnswersEncoded() {
		byte[] binary = { 1, 2, (byte) 0xFF, 0 };
		ObjectNode event = (ObjectNode) json.readTree(FcClient.sampleEvent("http-trigger.json"));
		event.put("isBase64Encoded", true);
		event.put("body", Base64.getEncoder().encodeToString(binary));
		HttpResponse<byte[]> response = this.fc.invoke("reverse", "req-base64", json.writeValueAsBytes(event));
		JsonNode envelope = FcClient.json(response);
		assertThat(envelope.path("isBase64Encoded").asBoolean()).isTrue();
		assertThat(Base64.getDecoder().decode(envelope.path("body").asString())).containsExactly(0, (byte) 0xFF, 2, 1);
	}

	@Test
	void envelopeDropsReservedHeadersTheFunctionSets() {
		HttpResponse<byte[]> response = this.fc.invoke("echo", "req-envelope-headers", FcClient.sampleEvent("http-trigger.json"));
		JsonNode headers = FcClient.json(response).path("headers");
		assertThat(headers.path("x-answer").asString()).isEqualTo("42");
		assertThat(headers.has("x-fc-status")).isFalse();
		assertThat(FcClient.json(response).path("statusCode").asInt()).isEqualTo(202);
	}

	@Test
	void errorsThatAreNotExceptionsStillGetFcsErrorBody() {
		HttpResponse<byte[]> response = this.fc.invoke("overflow", "req-error", "x".getBytes(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(FcClient.json(response).path("errorType").asString()).isEqualTo(StackOverflowError.class.getName());
		assertThat(this.fc.invoke("uppercase", "req-after-error", "y".getBytes(StandardCharsets.UTF_8)).body())
			.asString(StandardCharsets.UTF_8)
			.isEqualTo("Y");
	}

	@Test
	void undecodableBase64FailsTheInvocation() {
		ObjectNode event = (ObjectNode) json.readTree(FcClient.sampleEvent("http-trigger.json"));
		event.put("isBase64Encoded", true);
		event.put("body", "%%% not base64 %%%");
		HttpResponse<byte[]> response = this.fc.invoke("uppercase", "req-bad-base64", json.writeValueAsBytes(event));
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(FcClient.json(response).path("errorMessage").asString()).contains("base64");
	}

	@Test
	void failingFunctionBehindHttpTriggerEventAnswers500WithoutStackTrace() {
		HttpResponse<byte[]> response = this.fc.invoke("fail", "req-http-fail", FcClient.sampleEvent("http-trigger.json"));
		JsonNode envelope = FcClient.json(response);
		assertThat(envelope.path("statusCode").asInt()).isEqualTo(500);
		String body = envelope.path("body").asString();
		assertThat(json.readTree(body).path("requestId").asString()).isEqualTo("req-http-fail");
		assertThat(body).doesNotContain("stackTrace").doesNotContain("IllegalStateException").doesNotContain(".java");
	}

	@Test
	void eventFailureCarriesFcErrorBodyWithStackTraceOfUserCode() {
		HttpResponse<byte[]> response = this.fc.invoke("fail", "req-event-fail", "x".getBytes(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("x-fc-status")).contains("404");
		JsonNode error = FcClient.json(response);
		assertThat(error.path("errorType").asString()).isEqualTo(IllegalStateException.class.getName());
		assertThat(error.path("errorCause").asString()).isEqualTo("failed with secret-x");
		assertThat(error.path("stackTrace").get(0).asString()).startsWith(FcTestApplication.class.getName());
		assertThat(new String(response.body(), StandardCharsets.UTF_8)).doesNotContain("SK-req-event-fail");
	}

	@Test
	void oversizedEventIsRejectedAndTheServerKeepsServing() {
		byte[] event = new byte[MAX_REQUEST_BYTES + 1];
		HttpResponse<byte[]> response = this.fc.invoke("uppercase", "req-too-big", event);
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(FcClient.json(response).path("errorMessage").asString()).contains("larger than");
		HttpResponse<byte[]> next = this.fc.invoke("uppercase", "req-after-big", "ok".getBytes(StandardCharsets.UTF_8));
		assertThat(new String(next.body(), StandardCharsets.UTF_8)).isEqualTo("OK");
	}

	@Test
	void cloudFunctionNameThatIsNotExportedFallsBackToTheDefault() {
		HttpResponse<byte[]> response = this.fc.invoke("my-fc-function", "req-fallback", "abc".getBytes(StandardCharsets.UTF_8));
		assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("ABC");
	}

	@Test
	void sdkContextIsBuiltFromTheRequest() {
		HttpResponse<byte[]> response = this.fc.send(this.fc.request("/invoke", "req-sdk")
			.header("x-fc-function-name", "sdk")
			.header("x-fc-function-timeout", "12")
			.header("x-fc-qualifier", "prod")
			.header("x-fc-retry-count", "2")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString("x"))
			.build());
		JsonNode sdk = FcClient.json(response);
		assertThat(sdk.path("requestId").asString()).isEqualTo("req-sdk");
		assertThat(sdk.path("accessKeyId").asString()).isEqualTo("AK-req-sdk");
		assertThat(sdk.path("memory").asInt()).isEqualTo(512);
		assertThat(sdk.path("timeoutMillis").asInt()).isEqualTo(12_000);
		assertThat(sdk.path("qualifier").asString()).isEqualTo("prod");
		assertThat(sdk.path("retryCount").asInt()).isEqualTo(2);
	}

}
