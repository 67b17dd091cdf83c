package io.github.fnspring.aliyun;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import io.github.fnspring.testsupport.TestApplications;

import static org.assertj.core.api.Assertions.assertThat;

/** A composition comes from configuration and serves every request, over real HTTP. */
class FcConfiguredCompositionTest {

	@Test
	void aConfiguredCompositionRunsItsFunctionsInOrder() {
		try (ConfigurableApplicationContext context = TestApplications.start(FcTestApplication.class,
				"FC_FUNCTION_NAME=composed", "fn.function=uppercase|fail")) {
			HttpResponse<byte[]> response = new FcClient(TestApplications.port(context)).invoke("composed", "req-composed",
					"hello".getBytes(StandardCharsets.UTF_8));
			assertThat(response.statusCode()).isEqualTo(404);
			assertThat(FcClient.json(response).path("errorMessage").asString()).isEqualTo("failed with secret-HELLO");
		}
	}

}
