package io.github.fnspring.aliyun;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;

import io.github.fnspring.testsupport.TestApplications;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Locally, requests that name no function and are plainly not meant for one are answered
 * with help, not by running the default function; on FC every path is the function's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FcLocalRequestGuideTest {

	private ConfigurableApplicationContext context;

	private FcClient fc;

	@BeforeAll
	void start() {
		// the guide's own page: the console, which a browser gets at / by default, is off
		this.context = TestApplications.start(FcTestApplication.class, "spring.cloud.function.definition=uppercase",
				"fn.console.enabled=false");
		this.fc = new FcClient(TestApplications.port(this.context));
	}

	@AfterAll
	void stop() {
		this.context.close();
	}

	private HttpResponse<byte[]> get(FcClient client, String path, String accept) {
		return client.send(client.request(path, "req-guide").header("Accept", accept).GET().build());
	}

	private static String body(HttpResponse<byte[]> response) {
		return new String(response.body(), StandardCharsets.UTF_8);
	}

	@Test
	void aBrowsersRootRequestGetsThePageOfFunctions() {
		HttpResponse<byte[]> response = get(this.fc, "/", "text/html,application/xhtml+xml");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
		assertThat(body(response)).contains("<code>uppercase</code>").contains("<code>fail</code>")
			.contains("x-fn-function-name");
	}

	@Test
	void theFaviconIsNotFoundWithoutRunningAFunction() {
		HttpResponse<byte[]> response = get(this.fc, "/favicon.ico", "image/*");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).isEmpty();
	}

	@Test
	void actuatorPathsSayActuatorIsMissing() {
		HttpResponse<byte[]> response = get(this.fc, "/actuator/health", "application/json");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(FcClient.json(response).path("message").asString()).contains("spring-boot-starter-actuator");
	}

	@Test
	void aMistypedControlPathNamesThePathMeant() {
		HttpResponse<byte[]> response = this.fc.send(this.fc.request("/invok", "req-typo")
			.POST(HttpRequest.BodyPublishers.ofString("\"x\""))
			.build());
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(FcClient.json(response).path("message").asString()).contains("did you mean /invoke?");
	}

	@Test
	void realPathsCloseToAControlPathAndExplicitRoutesReachTheFunction() {
		for (String path : new String[] { "/invite", "/invoice", "/revoke" }) {
			HttpResponse<byte[]> response = this.fc.send(this.fc.request(path, "req-near")
				.POST(HttpRequest.BodyPublishers.ofString("near"))
				.build());
			assertThat(response.statusCode()).as(path).isEqualTo(200);
		}
		HttpResponse<byte[]> explicit = this.fc.send(this.fc.request("/", "req-explicit")
			.header("Accept", "text/html")
			.header("x-fc-control-path", "/http-invoke")
			.GET()
			.build());
		assertThat(explicit.statusCode()).isEqualTo(200);
		assertThat(body(explicit)).doesNotContain("<html");
	}

	@Test
	void aTextTypeTheFunctionSetsSaysItsCharset() {
		HttpResponse<byte[]> response = this.fc.send(this.fc.request("/orders", "req-create")
			.header("x-fn-function-name", "create")
			.POST(HttpRequest.BodyPublishers.ofString("tea"))
			.build());
		assertThat(response.statusCode()).isEqualTo(201);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain;charset=UTF-8");
	}

	@Test
	void anyOtherPathStillReachesTheFunction() {
		HttpResponse<byte[]> response = this.fc.send(this.fc.request("/orders", "req-path")
			.POST(HttpRequest.BodyPublishers.ofString("abc"))
			.build());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(body(response)).isEqualTo("ABC");
	}

	@Test
	void onFcEveryPathIsTheFunctions() {
		try (ConfigurableApplicationContext cloud = TestApplications.start(FcTestApplication.class,
				"FC_FUNCTION_NAME=fc-test", "spring.cloud.function.definition=uppercase")) {
			FcClient onFc = new FcClient(TestApplications.port(cloud));
			HttpResponse<byte[]> response = onFc.send(onFc.request("/favicon.ico", "req-fc")
				.POST(HttpRequest.BodyPublishers.ofString("icon"))
				.build());
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(body(response)).isEqualTo("ICON");
		}
	}

}
