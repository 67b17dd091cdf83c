package io.github.fnspring.test;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import io.github.fnspring.test.app.KitTestApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Plain HTTP requests through the platforms' HTTP modes. */
@SpringBootTest(classes = KitTestApplication.class)
class FnTestClientHttpTest {

	@Autowired
	FnTestClient client;

	@ParameterizedTest
	@EnumSource(value = FnTestTransport.class, names = { "FC_HTTP", "SCF_WEB_FUNCTION", "FG_HTTP_FUNCTION" })
	void aRequestReachesTheFunctionAsTheClientSentIt(FnTestTransport transport) {
		FnTestResponse response = this.client.request(transport, "web",
				FnTestRequest.post("/orders?page=2").header("Content-Type", "text/plain").body("seven"));
		assertThat(response.isError()).as("%s", response).isFalse();
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("POST /orders seven");
		assertThat(response.header("x-page")).isEqualTo("2");
	}

	@ParameterizedTest
	@EnumSource(value = FnTestTransport.class, names = { "FC_HTTP", "SCF_WEB_FUNCTION", "FG_HTTP_FUNCTION" })
	void aFailingRequestIsAServerErrorWithoutItsStackTrace(FnTestTransport transport) {
		FnTestResponse response = this.client.request(transport, "fail", FnTestRequest.post("/").body("x"));
		assertThat(response.isError()).isTrue();
		assertThat(response.status()).isEqualTo(500);
		assertThat(response.body()).doesNotContain("at io.github").doesNotContain("Refusing");
	}

	@Test
	void eventOnlyTransportsTakeNoRequests() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client.request(FnTestTransport.SCF_CUSTOM_RUNTIME, "web", FnTestRequest.get("/")))
			.withMessageContaining("receives events");
	}

}
