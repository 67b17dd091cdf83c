package io.github.fnspring.demoweb;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.json.JsonMapper;

import io.github.fnspring.Vendor;
import io.github.fnspring.demoflux.DemoFluxApplication;
import io.github.fnspring.test.CheckpointRestore;
import io.github.fnspring.test.SampleEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A web application across a CRaC checkpoint, driven as a CRaC JDK drives it (there is none
 * here): the web server, which the platform's protocol shares, lets go of its port for the
 * checkpoint and serves the controllers and the platform's calls again after the restore.
 */
class CheckpointRestoreTest {

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@ParameterizedTest
	@ValueSource(strings = { "servlet", "reactive" })
	void theSharedServerLetsGoOfItsPortAndServesAgainAfterTheRestore(String stack) throws Exception {
		Map<String, Object> properties = new HashMap<>(PlatformUnderTest.FUNCTION_COMPUTE.environment());
		properties.putAll(Map.of("server.port", 0, "server.address", "127.0.0.1", "spring.main.banner-mode", "off",
				"spring.main.web-application-type", stack));
		Class<?> application = stack.equals("servlet") ? DemoWebApplication.class : DemoFluxApplication.class;
		try (ConfigurableApplicationContext running = new SpringApplicationBuilder(application).properties(properties)
			.run()) {
			int before = port(running);
			assertThat(get(before, "/hello?name=before").statusCode()).isEqualTo(200);

			CheckpointRestore checkpoint = CheckpointRestore.checkpoint(running);
			assertThatExceptionOfType(IOException.class).isThrownBy(() -> get(before, "/hello"));

			checkpoint.restore();
			int after = port(running);
			assertThat(get(after, "/hello?name=after").body()).contains("Hello, after");
			assertThat(post(after, "/invoke", "restored").body()).isEqualTo("RESTORED");
			// an HTTP-trigger event, which a servlet application serves through its own server
			String event = SampleEvents.event(Vendor.ALIYUN, "http").method("GET").path("/hello").json();
			assertThat(JsonMapper.shared().readTree(post(after, "/invoke", event).body()).path("body").asString())
				.contains("Hello, world");
		}
	}

	private static int port(ConfigurableApplicationContext application) {
		return ((WebServerApplicationContext) application).getWebServer().getPort();
	}

	private HttpResponse<String> get(int port, String path) throws Exception {
		return this.client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("x-fc-request-id", "req-checkpoint")
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(int port, String path, String body) throws Exception {
		return this.client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("x-fc-request-id", "req-checkpoint-event")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
