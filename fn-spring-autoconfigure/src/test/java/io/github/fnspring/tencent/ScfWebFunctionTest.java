package io.github.fnspring.tencent;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.fnspring.testsupport.TestApplications;

import static org.assertj.core.api.Assertions.assertThat;

/** SCF web and image functions over real HTTP. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScfWebFunctionTest {

	private static final HttpClient client = HttpClient.newHttpClient();

	private ConfigurableApplicationContext context;

	private int port;

	@BeforeAll
	void start() {
		this.context = TestApplications.start(ScfTestApplication.class, "SCF_FUNCTIONNAME=request",
				"TENCENTCLOUD_REGION=ap-guangzhou");
		this.port = TestApplications.port(this.context);
	}

	@AfterAll
	void stop() {
		this.context.close();
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).header("X-Scf-Request-Id", "web-1");
	}

	@Test
	void webRequestsReachTheCloudFunctionsExportedFunction() throws Exception {
		HttpResponse<String> response = send(request("/items/7").GET());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("GET /items/7 in request");
	}

	@Test
	void scfNameHeaderPicksTheFunctionPerRequest() throws Exception {
		HttpResponse<String> response = send(request("/").header("X-Scf-Name", "uppercase")
			.POST(HttpRequest.BodyPublishers.ofString("web")));
		assertThat(response.body()).isEqualTo("WEB");
	}

	@Test
	void apiGatewayEventOnEventInvokeIsAnsweredInTheEnvelope() throws Exception {
		HttpResponse<String> response = send(request("/event-invoke")
			.POST(HttpRequest.BodyPublishers.ofByteArray(ScfSampleEvents.bytes("apigateway.json"))));
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode envelope = JsonMapper.shared().readTree(response.body());
		assertThat(envelope.path("statusCode").asInt()).isEqualTo(200);
		assertThat(envelope.path("body").asString()).startsWith("POST /test/value");
	}

	@Test
	void functionUrlEventOnEventInvokeIsAnsweredInItsShape() throws Exception {
		HttpResponse<String> response = send(request("/event-invoke").header("X-Scf-Name", "url")
			.POST(HttpRequest.BodyPublishers.ofByteArray(ScfSampleEvents.bytes("function-url.json"))));
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode answer = JsonMapper.shared().readTree(response.body());
		assertThat(answer.path("statusCode").asInt()).isEqualTo(201);
		assertThat(answer.path("body").asString()).startsWith("POST /orders/o-17?lang=zh&page=2 lang=zh");
		assertThat(answer.has("isBase64Encoded")).isFalse();
	}

	@Test
	void failedFunctionUrlRequestIsAnsweredAsAnHttpError() throws Exception {
		HttpResponse<String> response = send(request("/event-invoke").header("X-Scf-Name", "fail")
			.POST(HttpRequest.BodyPublishers.ofByteArray(ScfSampleEvents.bytes("function-url.json"))));
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode answer = JsonMapper.shared().readTree(response.body());
		assertThat(answer.path("statusCode").asInt()).isEqualTo(500);
		assertThat(answer.path("body").asString()).doesNotContain("boom").doesNotContain("\tat ");
	}

	@Test
	void failedEventInvocationAnswersWithScfsStatusCodeAndBody() throws Exception {
		HttpResponse<String> response = send(request("/event-invoke").header("X-Scf-Name", "order")
			.POST(HttpRequest.BodyPublishers.ofString("{broken")));
		assertThat(response.statusCode()).isEqualTo(400);
		JsonNode error = JsonMapper.shared().readTree(response.body());
		assertThat(error.path("statusCode").asInt()).isEqualTo(400);
		assertThat(error.path("requestId").asString()).isEqualTo("web-1");
	}

}
