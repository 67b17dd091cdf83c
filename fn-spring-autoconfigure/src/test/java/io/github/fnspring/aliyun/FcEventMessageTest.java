package io.github.fnspring.aliyun;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;

import io.github.fnspring.testsupport.TestApplications;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An exception's message may hold what the caller must not see: with
 * {@code fn.error.include-event-message=false} event error bodies keep only its type.
 */
class FcEventMessageTest {

	@Test
	void withheldMessagesLeaveTheTypeAndRejectedInputKeepsItsOwn() {
		try (ConfigurableApplicationContext context = TestApplications.start(FcTestApplication.class,
				"FC_FUNCTION_NAME=fail", "fn.error.include-event-message=false")) {
			FcClient fc = new FcClient(TestApplications.port(context));
			HttpResponse<byte[]> failed = fc.invoke("fail", "req-withheld", "password".getBytes(StandardCharsets.UTF_8));
			assertThat(failed.statusCode()).isEqualTo(404);
			assertThat(new String(failed.body(), StandardCharsets.UTF_8)).doesNotContain("secret-password");
			JsonNode error = FcClient.json(failed);
			assertThat(error.path("errorMessage").asString()).isEqualTo("IllegalStateException");
			assertThat(error.path("errorCause").asString()).isEqualTo("IllegalStateException");
			assertThat(error.path("errorType").asString()).isEqualTo("java.lang.IllegalStateException");
			assertThat(error.path("stackTrace")).isNotEmpty();
			JsonNode rejected = FcClient.json(fc.invoke("order", "req-rejected", "{broken".getBytes(StandardCharsets.UTF_8)));
			assertThat(rejected.path("errorMessage").asString()).contains("not valid JSON");
		}
	}

}
