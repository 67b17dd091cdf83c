package io.github.fnspring.demoweb;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.fnspring.Vendor;
import io.github.fnspring.test.FnTestClient;
import io.github.fnspring.test.FnTestRequest;
import io.github.fnspring.test.FnTestResponse;
import io.github.fnspring.test.FnTestTransport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The test kit on a web application: with a real server (a random port), FC's HTTP protocol
 * shares it, so the client's HTTP requests reach the controllers and its events the function.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TestKitOnAWebApplicationTest {

	@Autowired
	FnTestClient client;

	@Test
	void anHttpRequestReachesTheControllerWithItsInvocation() {
		FnTestResponse response = this.client.request(FnTestTransport.FC_HTTP, "demo-web",
				FnTestRequest.get("/hello?name=kit").requestId("kit-1"));
		assertThat(response.status()).isEqualTo(200);
		JsonNode answer = JsonMapper.shared().readTree(response.body());
		assertThat(answer.path("greeting").asString()).isEqualTo("Hello, kit");
		assertThat(answer.path("requestId").asString()).isEqualTo("kit-1");
	}

	@Test
	void anEventReachesTheFunctionBesideTheControllers() {
		assertThat(this.client.invoke(Vendor.ALIYUN, "uppercase", "hi").output()).isEqualTo("HI");
	}

}
