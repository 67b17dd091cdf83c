package io.github.fnspring.tencent;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.json.JsonMapper;

import io.github.fnspring.runtime.LocalRuntimeApi;
import io.github.fnspring.testsupport.TestApplications;

import static io.github.fnspring.testsupport.TestApplications.transportPart;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code fn.vendor=tencent} outside SCF: events curled at the local Runtime API run through the real loop. */
class ScfLocalRunTest {

	@Test
	void curledEventsFlowThroughTheRuntimeLoop() throws Exception {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ScfTestApplication.class)
			.properties("fn.vendor=tencent", "fn.server.port=0", "spring.cloud.function.definition=uppercase",
					"spring.main.banner-mode=off")
			.run()) {
			int port = TestApplications.port(context);
			assertThat(port).as("local.fn.port is the local Runtime API's")
				.isEqualTo(transportPart(context, LocalRuntimeApi.class).orElseThrow().port());
			HttpClient client = HttpClient.newHttpClient();
			HttpResponse<String> ok = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/invoke"))
				.POST(HttpRequest.BodyPublishers.ofString("\"hello\""))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(ok.statusCode()).isEqualTo(200);
			assertThat(ok.body()).isEqualTo("HELLO");
			HttpResponse<String> failed = client.send(HttpRequest
				.newBuilder(URI.create("http://127.0.0.1:" + port + "/invoke"))
				.header(LocalRuntimeApi.FUNCTION_HEADER, "order")
				.POST(HttpRequest.BodyPublishers.ofString("[]"))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(failed.statusCode()).isEqualTo(500);
			assertThat(JsonMapper.shared().readTree(failed.body()).path("statusCode").asInt()).isEqualTo(400);
		}
	}

}
