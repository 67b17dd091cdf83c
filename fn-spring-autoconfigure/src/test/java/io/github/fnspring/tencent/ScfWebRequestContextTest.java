package io.github.fnspring.tencent;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.fnspring.testsupport.TestApplications;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What SCF web and image functions get with every request besides the body: the execution
 * role's temporary credentials and the trigger, over real HTTP.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class ScfWebRequestContextTest {

	private static final HttpClient client = HttpClient.newHttpClient();

	private ConfigurableApplicationContext context;

	private int port;

	@BeforeAll
	void start() {
		this.context = TestApplications.start(ScfTestApplication.class, "SCF_FUNCTIONNAME=whoami",
				"TENCENTCLOUD_SECRETID=env-secret-id", "TENCENTCLOUD_SECRETKEY=env-secret-key",
				"TENCENTCLOUD_SESSIONTOKEN=env-token");
		this.port = TestApplications.port(this.context);
	}

	@AfterAll
	void stop() {
		this.context.close();
	}

	private JsonNode whoami(String path, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("X-Scf-Request-Id", "scf-ctx")
			.header("X-Scf-Name", "whoami")
			.POST(HttpRequest.BodyPublishers.ofString("\"x\""));
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return JsonMapper.shared().readTree(response.body());
	}

	@Test
	void perRequestCredentialsWinOverTheInstanceVariables() throws Exception {
		for (String path : new String[] { "/any/web/path", "/event-invoke" }) {
			JsonNode context = whoami(path, "X-Scf-Secret-Id", "req-secret-id", "X-Scf-Secret-Key", "req-secret-key-42",
					"X-Scf-Session-Token", "req-token");
			assertThat(context.path("secretId").asString()).as(path).isEqualTo("req-secret-id");
			assertThat(context.path("secretKeyLength").asInt()).as(path).isEqualTo("req-secret-key-42".length());
			assertThat(context.path("token").asString()).as(path).isEqualTo("req-token");
		}
	}

	@Test
	void withoutThemTheInstanceVariablesCount() throws Exception {
		JsonNode context = whoami("/event-invoke");
		assertThat(context.path("secretId").asString()).isEqualTo("env-secret-id");
		assertThat(context.path("token").asString()).isEqualTo("env-token");
	}

	@Test
	void aHalfSentPairFallsBackToTheInstanceVariables() throws Exception {
		JsonNode context = whoami("/event-invoke", "X-Scf-Secret-Id", "req-secret-id");
		assertThat(context.path("secretId").asString()).isEqualTo("env-secret-id");
	}

	@Test
	void theTriggerSourceReachesTheContext() throws Exception {
		assertThat(whoami("/event-invoke", "X-Scf-Trigger-Src", "timer").path("triggerSource").asString())
			.isEqualTo("timer");
		assertThat(whoami("/event-invoke").path("triggerSource").asString()).isEqualTo("none");
	}

	@Test
	void perRequestCredentialsNeverReachTheLog(CapturedOutput output) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/event-invoke"))
			.header("X-Scf-Request-Id", "scf-leak")
			.header("X-Scf-Name", "fail")
			.header("X-Scf-Secret-Id", "leak-secret-id")
			.header("X-Scf-Secret-Key", "leak-secret-key")
			.header("X-Scf-Session-Token", "leak-token")
			.POST(HttpRequest.BodyPublishers.ofString("x"))
			.build();
		HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(430);
		assertThat(output.getAll()).contains("Invocation scf-leak of function").doesNotContain("leak-secret-key")
			.doesNotContain("leak-token");
		assertThat(response.body()).doesNotContain("leak-secret-key").doesNotContain("leak-token");
	}

}
