package io.github.fnspring.tencent;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.fnspring.testsupport.TestApplications;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SCF's error body as its own runtimes write it, over an image function's event path: the
 * fixed sentence as the message, and the exception's type and message leading the stack
 * trace whether or not stack frames are wanted.
 */
class ScfErrorBodyTest {

	private static final HttpClient client = HttpClient.newHttpClient();

	@Test
	void userCodeExceptionsCarryTheirTypeAndMessageInTheStackTrace() throws Exception {
		JsonNode error = failedEvent();
		assertThat(error.path("errorCode").asInt()).isEqualTo(-1);
		assertThat(error.path("errorMessage").asString()).isEqualTo("user code exception caught");
		assertThat(error.path("statusCode").asInt()).isEqualTo(430);
		assertThat(error.path("requestId").asString()).isEqualTo("scf-error");
		assertThat(error.path("stackTrace").asString()).startsWith("java.lang.IllegalStateException: boom-x\n\tat ");
	}

	@Test
	void withoutStackFramesTheTypeAndMessageStay() throws Exception {
		JsonNode error = failedEvent("fn.error.include-stacktrace=false");
		assertThat(error.path("errorMessage").asString()).isEqualTo("user code exception caught");
		assertThat(error.path("stackTrace").asString()).isEqualTo("java.lang.IllegalStateException: boom-x");
	}

	@Test
	void withheldMessagesLeaveOnlyTheType() throws Exception {
		JsonNode error = failedEvent("fn.error.include-stacktrace=false", "fn.error.include-event-message=false");
		assertThat(error.path("errorMessage").asString()).isEqualTo("user code exception caught");
		assertThat(error.path("stackTrace").asString()).isEqualTo("java.lang.IllegalStateException");
	}

	private static JsonNode failedEvent(String... properties) throws Exception {
		String[] all = new String[properties.length + 1];
		all[0] = "SCF_FUNCTIONNAME=fail";
		System.arraycopy(properties, 0, all, 1, properties.length);
		try (ConfigurableApplicationContext context = TestApplications.start(ScfTestApplication.class, all)) {
			HttpRequest request = HttpRequest
				.newBuilder(URI.create("http://127.0.0.1:" + TestApplications.port(context) + "/event-invoke"))
				.header("X-Scf-Request-Id", "scf-error")
				.POST(HttpRequest.BodyPublishers.ofString("x"))
				.build();
			HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(430);
			return JsonMapper.shared().readTree(response.body());
		}
	}

}
