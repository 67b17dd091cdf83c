package io.github.fnspring.test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.fnspring.test.app.KitTestApplication;

import static org.assertj.core.api.Assertions.assertThat;

/** An invocation that outlives its timeout is ended and answered as each cloud answers one. */
@SpringBootTest(classes = KitTestApplication.class, properties = "fn.local.timeout=1s")
class TimeoutsTest {

	@Autowired
	FnTestClient client;

	@ParameterizedTest
	@EnumSource(FnTestTransport.class)
	void aLateInvocationIsEndedInTheCloudsWordsAndTheNextOneIsServed(FnTestTransport transport) throws Exception {
		KitTestApplication.INTERRUPTED = new CountDownLatch(1);
		FnTestResponse response = this.client.invoke(transport, "slow", "60000");
		assertThat(response.isError()).as("%s", response).isTrue();
		assertThat(response.isTimeout()).as("%s", response).isTrue();
		assertThat(KitTestApplication.INTERRUPTED.await(10, TimeUnit.SECONDS)).as("the function was interrupted")
			.isTrue();
		JsonNode body = JsonMapper.shared().readTree(response.body());
		switch (transport.vendor()) {
			case ALIYUN -> assertThat(body.path("errorMessage").asString()).isEqualTo("Function timed out after 1 seconds");
			case TENCENT -> {
				assertThat(body.path("statusCode").asInt()).isEqualTo(433);
				assertThat(body.path("errorMessage").asString()).isEqualTo("Invoking task timed out after 1 seconds");
			}
			default -> assertThat(body.path("errorMessage").asString()).contains("timed out after 1 seconds");
		}
		assertThat(this.client.invoke(transport, "slow", "1").output()).isEqualTo("awake");
	}

	@ParameterizedTest
	@EnumSource(value = FnTestTransport.class, names = { "FC_HTTP", "SCF_WEB_FUNCTION", "FG_HTTP_FUNCTION" })
	void aLateHttpRequestIsAGatewayTimeout(FnTestTransport transport) {
		FnTestResponse response = this.client.request(transport, "slow", FnTestRequest.post("/").body("60000"));
		assertThat(response.status()).isEqualTo(504);
		assertThat(response.body()).doesNotContain("at io.github");
	}

}
