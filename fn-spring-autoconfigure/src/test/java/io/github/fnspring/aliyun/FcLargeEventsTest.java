package io.github.fnspring.aliyun;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import io.github.fnspring.testsupport.TestApplications;

import static org.assertj.core.api.Assertions.assertThat;

/** What is parsed from an event is capped, whatever the body size allows, over real HTTP. */
class FcLargeEventsTest {

	@Test
	void anHttpTriggerEventWithTooManyEntriesIsRejectedNotParsedWhole() {
		ObjectNode event = (ObjectNode) JsonMapper.shared().readTree(FcClient.sampleEvent("http-trigger.json"));
		ObjectNode headers = event.putObject("headers");
		for (int i = 0; i < 50_000; i++) {
			headers.put("x-h" + i, "v");
		}
		try (ConfigurableApplicationContext context = TestApplications.start(FcTestApplication.class,
				"FC_FUNCTION_NAME=uppercase", "fn.server.max-request-size=16MB")) {
			FcClient fc = new FcClient(TestApplications.port(context));
			HttpResponse<byte[]> response = fc.send(fc.request("/invoke", "req-many-headers")
				.header("x-fc-function-name", "uppercase")
				.header("x-fc-control-path", "/invoke")
				.POST(HttpRequest.BodyPublishers.ofByteArray(JsonMapper.shared().writeValueAsBytes(event)))
				.build());
			assertThat(response.statusCode()).isEqualTo(404);
			assertThat(FcClient.json(response).path("errorMessage").asString())
				.startsWith("The event has too many entries to be an HTTP-trigger event");
			// and the instance goes on serving
			assertThat(new String(fc.invoke("uppercase", "req-after", "ok".getBytes(StandardCharsets.UTF_8)).body(),
					StandardCharsets.UTF_8)).isEqualTo("OK");
		}
	}

}
