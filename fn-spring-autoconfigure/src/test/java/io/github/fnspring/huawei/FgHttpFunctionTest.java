package io.github.fnspring.huawei;

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

/** FunctionGraph HTTP functions and container images over real HTTP. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FgHttpFunctionTest {

	private static final HttpClient client = HttpClient.newHttpClient();

	private ConfigurableApplicationContext context;

	private int port;

	@BeforeAll
	void start() {
		this.context = TestApplications.start(FgTestApplication.class, "RUNTIME_FUNC_NAME=describe",
				"RUNTIME_PROJECT_ID=project-9", "RUNTIME_USERDATA={\"TABLE\":\"invoices\"}");
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
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).header("X-CFF-Request-Id", "fg-1");
	}

	@Test
	void credentialsOnlyWhenThePlatformSendsThemAndUserDataFromTheEnvironment() throws Exception {
		JsonNode without = JsonMapper.shared().readTree(send(request("/").GET()).body());
		assertThat(without.path("accessKeyId").isNull()).isTrue();
		assertThat(without.path("table").asString()).isEqualTo("invoices");
		assertThat(without.path("accountId").asString()).isEqualTo("project-9");
		JsonNode with = JsonMapper.shared()
			.readTree(send(request("/").header("X-CFF-Security-Access-Key", "AK-sent")
				.header("X-CFF-Security-Secret-Key", "SK-sent")
				.GET()).body());
		assertThat(with.path("accessKeyId").asString()).isEqualTo("AK-sent");
	}

	@Test
	void theInvocationTypeReachesTheContext() throws Exception {
		JsonNode async = JsonMapper.shared()
			.readTree(send(request("/").header("X-CFF-Invoke-Type", "ASYNC").GET()).body());
		assertThat(async.path("invocationType").asString()).isEqualTo("async");
		JsonNode unsaid = JsonMapper.shared().readTree(send(request("/").GET()).body());
		assertThat(unsaid.path("invocationType").isNull()).isTrue();
	}

	@Test
	void initRunsTheInitializersExactlyOnce() throws Exception {
		HttpResponse<String> response = send(request("/init").POST(HttpRequest.BodyPublishers.noBody()));
		assertThat(response.statusCode()).isEqualTo(200);
		send(request("/init").POST(HttpRequest.BodyPublishers.noBody()));
		send(request("/invoke").header("X-CFF-Func-Name", "uppercase").POST(HttpRequest.BodyPublishers.ofString("x")));
		assertThat(this.context.getBean(FgTestApplication.CountingInitializer.class).runs).hasValue(1);
	}

	@Test
	void functionNameHeaderPicksTheFunction() throws Exception {
		HttpResponse<String> response = send(request("/invoke").header("X-CFF-Func-Name", "uppercase")
			.POST(HttpRequest.BodyPublishers.ofString("fg")));
		assertThat(response.body()).isEqualTo("FG");
	}

	@Test
	void failedEventAnswers500WithFunctionGraphsErrorBody() throws Exception {
		HttpResponse<String> response = send(request("/invoke").header("X-CFF-Func-Name", "uppercase")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(new byte[7 * 1024 * 1024])));
		assertThat(response.statusCode()).isEqualTo(500);
		JsonNode error = JsonMapper.shared().readTree(response.body());
		assertThat(error.path("errorType").asString()).endsWith("InvalidInputException");
		assertThat(error.path("errorMessage").asString()).contains("larger than");
	}

}
