package io.github.fnspring.demo;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo as a user application that depends only on the starter: the curl lines of the
 * README, sent over real HTTP.
 */
@SpringBootTest(properties = "fn.server.port=0")
class DemoApplicationTest {

	private static final HttpClient client = HttpClient.newHttpClient();

	/** Published by fn-spring once its transport listens, as Spring Boot publishes local.server.port. */
	@Value("${local.fn.port}")
	private int port;

	private HttpResponse<String> invoke(String function, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/invoke"))
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (function != null) {
			request.header("x-fc-function-name", function);
		}
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void uppercaseAnswersWhenNoFunctionIsNamed() throws Exception {
		assertThat(invoke(null, "\"hello\"").body()).isEqualTo("HELLO");
	}

	@Test
	void orderComputesTheTotal() throws Exception {
		JsonNode receipt = JsonMapper.shared()
			.readTree(invoke("order", "{\"orderId\":\"o-1\",\"sku\":\"tea\",\"quantity\":3,\"unitPrice\":2.5}").body());
		assertThat(receipt.path("total").decimalValue()).isEqualByComparingTo("7.5");
		assertThat(receipt.path("status").asString()).isEqualTo("ACCEPTED");
	}

	@Test
	void whoamiReportsItsOwnContext() throws Exception {
		HttpResponse<String> response = client.send(HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/invoke"))
			.header("x-fc-function-name", "whoami")
			.header("x-fc-request-id", "demo-request-1")
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
		JsonNode invocation = JsonMapper.shared().readTree(response.body());
		assertThat(invocation.path("requestId").asString()).isEqualTo("demo-request-1");
		assertThat(invocation.path("vendor").asString()).isEqualTo("LOCAL");
		assertThat(invocation.path("remainingMillis").asLong()).isBetween(1L, 60_000L);
	}

	@Test
	void failAnswersWithFcsErrorBody() throws Exception {
		HttpResponse<String> response = invoke("fail", "boom");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("x-fc-status")).contains("404");
		assertThat(JsonMapper.shared().readTree(response.body()).path("errorMessage").asString())
			.isEqualTo("Refusing to process 'boom'");
	}

	@Test
	void echoIsAnHttpFunction() throws Exception {
		HttpResponse<String> response = client.send(HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/greetings?lang=en"))
			.header("x-fc-function-name", "echo")
			.PUT(HttpRequest.BodyPublishers.ofString("hi"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(201);
		assertThat(response.headers().firstValue("x-echo-length")).contains("2");
		assertThat(response.body()).isEqualTo("PUT /greetings -> hi");
	}

}
