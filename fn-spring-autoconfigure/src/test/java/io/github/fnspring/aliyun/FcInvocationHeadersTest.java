package io.github.fnspring.aliyun;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The deadline, timeout and retry count FC sends a custom runtime, read over real HTTP. */
class FcInvocationHeadersTest extends FcServerTestSupport {

	@Test
	void theDeadlineHeaderWinsOverTheTimeout() {
		long deadline = System.currentTimeMillis() + 5_000;
		JsonNode context = whoami("req-deadline", "x-fc-function-deadline", Long.toString(deadline),
				"x-fc-function-timeout", "600");
		assertThat(context.path("timeoutMillis").asLong()).isEqualTo(600_000);
		assertThat(context.path("remainingMillis").asLong()).isBetween(1L, 5_000L);
	}

	@Test
	void theTimeoutHeaderCountsWhenNoDeadlineIsSent() {
		JsonNode context = whoami("req-timeout", "x-fc-function-timeout", "20");
		assertThat(context.path("timeoutMillis").asLong()).isEqualTo(20_000);
		assertThat(context.path("remainingMillis").asLong()).isBetween(10_000L, 20_000L);
	}

	@Test
	void anAbsurdOrMalformedDeadlineFallsBackToTheTimeout() {
		for (String deadline : new String[] { "9223372036854775807", "-5", "soon", "0" }) {
			JsonNode context = whoami("req-bad-deadline", "x-fc-function-deadline", deadline, "x-fc-function-timeout",
					"20");
			assertThat(context.path("remainingMillis").asLong()).as(deadline).isBetween(10_000L, 20_000L);
		}
	}

	@Test
	void withNeitherHeaderTheConfiguredTimeoutCounts() {
		JsonNode context = whoami("req-configured", "x-fc-request-id", "req-configured");
		assertThat(context.path("timeoutMillis").asLong()).isEqualTo(60_000);
	}

	@Test
	void headerNumbersOutOfRangeFallBackAndNeverOverflow() {
		for (String timeout : new String[] { "9223372036854775807", "9223372036854775", "86401" }) {
			JsonNode context = whoami("req-huge-timeout", "x-fc-function-timeout", timeout, "x-fc-function-memory",
					"4294967295");
			assertThat(context.path("timeoutMillis").asLong()).as(timeout).isEqualTo(60_000);
			assertThat(context.path("remainingMillis").asLong()).as(timeout).isBetween(1L, 60_000L);
		}
	}

	@Test
	void theRetryCountReachesTheContext() {
		assertThat(whoami("req-retried", "x-fc-retry-count", "2").path("retryCount").asInt()).isEqualTo(2);
		assertThat(whoami("req-first", "x-fc-retry-count", "0").path("retryCount").asInt()).isZero();
		assertThat(whoami("req-no-count", "x-fc-request-id", "req-no-count").path("retryCount").asInt()).isEqualTo(-1);
		assertThat(whoami("req-huge-count", "x-fc-retry-count", "99999999999").path("retryCount").asInt())
			.isEqualTo(-1);
	}

	private JsonNode whoami(String requestId, String... headers) {
		HttpRequest.Builder request = this.fc.request("/invoke", requestId)
			.header("x-fc-function-name", "whoami")
			.header("x-fc-control-path", "/invoke");
		for (int i = 0; i < headers.length; i += 2) {
			if (!headers[i].equals("x-fc-request-id")) {
				request.header(headers[i], headers[i + 1]);
			}
		}
		HttpResponse<byte[]> response = this.fc.send(request.POST(HttpRequest.BodyPublishers.ofString("x")).build());
		assertThat(response.statusCode()).isEqualTo(200);
		return FcClient.json(response);
	}

}
