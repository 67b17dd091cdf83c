package io.github.fnspring.webonly;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A web application without any function on FC's custom runtime: it starts, its controllers
 * answer within their invocations, an event is refused in FC's words, and Spring Cloud
 * Function's catalog, which nothing needs, is never created.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ControllersOnlyTest {

	private final HttpClient client = HttpClient.newHttpClient();

	private ConfigurableApplicationContext application;

	private int port;

	@BeforeAll
	void start() {
		this.application = new SpringApplicationBuilder(ControllersOnlyApplication.class)
			.properties(Map.of("FC_FUNCTION_NAME", "web-only", "FC_REGION", "cn-hangzhou", "server.port", 0,
					"server.address", "127.0.0.1", "spring.main.banner-mode", "off"))
			.run();
		this.port = this.application.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
	}

	@AfterAll
	void stop() {
		this.application.close();
	}

	private HttpResponse<String> send(String method, String path, Map<String, String> headers, String body)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.method(method, HttpRequest.BodyPublishers.ofString(body));
		headers.forEach(request::header);
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void theControllersAnswerWithinTheirInvocations() throws Exception {
		HttpResponse<String> response = send("GET", "/ping", Map.of("x-fc-request-id", "req-ping"), "");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(JsonMapper.shared().readTree(response.body()).path("requestId").asString()).isEqualTo("req-ping");
	}

	@Test
	void anEventIsRefusedAsNamingNoFunction() throws Exception {
		HttpResponse<String> response = send("POST", "/invoke", Map.of("x-fc-request-id", "req-event"), "\"hi\"");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(JsonMapper.shared().readTree(response.body()).path("errorType").asString()).isNotEmpty();
	}

	@Test
	void springCloudFunctionsCatalogIsNeverCreated() throws Exception {
		send("GET", "/ping", Map.of("x-fc-request-id", "req-before"), "");
		assertThat(this.application.getBeanFactory().containsSingleton("functionCatalog")).isFalse();
	}

}
