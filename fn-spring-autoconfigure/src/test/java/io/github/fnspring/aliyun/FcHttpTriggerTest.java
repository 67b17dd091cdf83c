package io.github.fnspring.aliyun;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import io.github.fnspring.event.HttpRequestEvent;

import static org.assertj.core.api.Assertions.assertThat;

/** HTTP-trigger requests passed through by FC as plain HTTP, over real sockets. */
class FcHttpTriggerTest extends FcServerTestSupport {

	private HttpResponse<byte[]> http(String function, HttpRequest.Builder request) {
		return this.fc.send(request.header("x-fc-function-name", function).build());
	}

	private HttpRequest.Builder post(String path, String contentType, String body) {
		return this.fc.request(path, "req-" + System.nanoTime())
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body));
	}

	@Test
	void jsonBodyIsConvertedToThePojoAndTheOutputWrittenAsJson() {
		HttpResponse<byte[]> response = http("order", post("/orders", "application/json", "{\"orderId\":\"a\",\"quantity\":1}"));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("content-type")).contains("application/json");
		assertThat(FcClient.json(response).path("quantity").asInt()).isEqualTo(2);
	}

	@Test
	void portableRequestCarriesMethodPathQueryAndHeaders() {
		HttpResponse<byte[]> response = http("request",
				this.fc.request("/items/a%20b?tag=x&tag=y&empty", "req-get").header("X-Custom", "v1").GET());
		assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("GET /items/a b");
		HttpRequestEvent request = (HttpRequestEvent) FcTestApplication.received.get();
		assertThat(request.queryParameters().get("tag")).containsExactly("x", "y");
		assertThat(request.rawQuery()).isEqualTo("tag=x&tag=y&empty");
		assertThat(request.header("x-custom")).contains("v1");
	}

	@Test
	void messageOutputSetsStatusAndHeadersButNotReservedOnes() {
		HttpResponse<byte[]> response = http("echo", post("/path", "text/plain", "hi").header("x-fc-control-path", "/http-invoke"));
		assertThat(response.statusCode()).isEqualTo(202);
		assertThat(response.headers().firstValue("x-answer")).contains("42");
		assertThat(response.headers().firstValue("x-fc-status")).isEmpty();
		assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("POST /path?");
	}

	@Test
	void httpResponseEventSetsStatusHeadersAndBody() {
		HttpResponse<byte[]> response = http("create", post("/orders", "text/plain", "tea"));
		assertThat(response.statusCode()).isEqualTo(201);
		assertThat(response.headers().firstValue("location")).contains("/orders/1");
		assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("created tea");
	}

	@Test
	void fluxOfPojosIsOneJsonArray() {
		HttpResponse<byte[]> response = http("split", post("/split", "text/plain", "a,b"));
		JsonNode orders = FcClient.json(response);
		assertThat(orders.isArray()).isTrue();
		assertThat(orders).extracting((order) -> order.path("orderId").asString()).containsExactly("a", "b");
	}

	@Test
	void controlPathMakesAnInvokePathAnHttpRequest() {
		HttpResponse<byte[]> response = http("echo", post("/invoke", "text/plain", "hi").header("x-fc-control-path", "/http-invoke"));
		assertThat(new String(response.body(), StandardCharsets.UTF_8)).startsWith("POST /invoke");
	}

	@Test
	void uncaughtExceptionAnswers500WithoutStackTraceOrMessage() {
		HttpResponse<byte[]> response = http("fail", post("/fail", "text/plain", "x"));
		assertThat(response.statusCode()).isEqualTo(500);
		String body = new String(response.body(), StandardCharsets.UTF_8);
		JsonNode error = FcClient.json(response);
		assertThat(error.path("status").asInt()).isEqualTo(500);
		assertThat(error.path("requestId").asString()).startsWith("req-");
		assertThat(body).doesNotContain("secret-x").doesNotContain(".java").doesNotContain("stackTrace");
	}

	@Test
	void responseStatusAnnotationDecidesTheStatus() {
		HttpResponse<byte[]> response = http("conflict", post("/c", "text/plain", "x"));
		assertThat(response.statusCode()).isEqualTo(409);
		assertThat(FcClient.json(response).path("message").asString()).isEqualTo("order already placed");
	}

	@Test
	void errorResponseExceptionDecidesTheStatus() {
		HttpResponse<byte[]> response = http("reject", post("/r", "text/plain", "that"));
		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(FcClient.json(response).path("message").asString()).isEqualTo("cannot use that");
	}

	@Test
	void nonJsonContentTypeForPojoIsUnsupportedMediaType() {
		HttpResponse<byte[]> response = http("order", post("/orders", "text/plain", "{\"orderId\":\"a\"}"));
		assertThat(response.statusCode()).isEqualTo(415);
		assertThat(FcClient.json(response).path("message").asString()).contains("text/plain");
	}

	@Test
	void malformedJsonIsBadRequest() {
		HttpResponse<byte[]> response = http("order", post("/orders", "application/json", "{\"orderId\":"));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(FcClient.json(response).path("message").asString()).contains("not valid JSON");
	}

	@Test
	void oversizedBodyIsPayloadTooLargeAndTheServerKeepsServing() {
		HttpResponse<byte[]> response = http("uppercase", post("/big", "text/plain", "x".repeat(MAX_REQUEST_BYTES + 10)));
		assertThat(response.statusCode()).isEqualTo(413);
		HttpResponse<byte[]> next = http("uppercase", post("/small", "text/plain", "fine"));
		assertThat(new String(next.body(), StandardCharsets.UTF_8)).isEqualTo("FINE");
	}

}
