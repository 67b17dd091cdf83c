package io.github.fnspring.demoweb;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.fnspring.Vendor;
import io.github.fnspring.huawei.FgRuntimeApi;
import io.github.fnspring.runtime.LocalRuntimeApi;
import io.github.fnspring.tencent.ScfRuntimeApi;
import io.github.fnspring.test.SampleEvents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clouds' event modes: the platform hands HTTP-trigger events to the application's
 * Runtime API loop, which serves them in process through the application's controllers and
 * answers in the trigger's envelope; the application's own server opens no port.
 */
public class EventModesTest {

	private LocalRuntimeApi runtimeApi;

	protected ConfigurableApplicationContext application;

	/** The application under test. */
	protected Class<?> application() {
		return DemoWebApplication.class;
	}

	/** The application's properties besides the platform's environment. */
	protected Map<String, Object> properties() {
		return Map.of("spring.main.banner-mode", "off");
	}

	/** Asserts that the application's own server listens on no port. */
	protected void assertNoPort() {
		assertThat(((ServletWebServerApplicationContext) this.application).getWebServer().getClass().getName())
			.as("no servlet container, no port").doesNotContain("Tomcat");
	}

	private ConfigurableApplicationContext start(Map<String, Object> environment) {
		Map<String, Object> all = new HashMap<>(environment);
		all.putAll(properties());
		return new SpringApplicationBuilder(application()).properties(all).run();
	}

	@AfterEach
	void stop() {
		if (this.application != null) {
			this.application.close();
		}
		if (this.runtimeApi != null) {
			this.runtimeApi.close();
		}
	}

	private void startScf() throws Exception {
		this.runtimeApi = new LocalRuntimeApi(ScfRuntimeApi.PATHS,
				(requestId, submitted) -> ScfRuntimeApi.eventHeaders(requestId, submitted, 512, 3000))
			.start("127.0.0.1", 0);
		this.application = start(Map.of("SCF_RUNTIME_API", "127.0.0.1", "SCF_RUNTIME_API_PORT", this.runtimeApi.port(),
				"SCF_FUNCTIONNAME", "demo-web"));
	}

	private void startFunctionGraph() throws Exception {
		this.runtimeApi = new LocalRuntimeApi(FgRuntimeApi.PATHS, FgRuntimeApi::eventHeaders).start("127.0.0.1", 0);
		this.application = start(Map.of("RUNTIME_API_ADDR", "127.0.0.1:" + this.runtimeApi.port(), "RUNTIME_FUNC_NAME",
				"demo-web"));
	}

	/** The HTTP answer out of the trigger's envelope: its status, and its body as text. */
	private record Answer(int status, String body) {

		JsonNode json() {
			return JsonMapper.shared().readTree(this.body);
		}

	}

	private Answer invoke(String requestId, String event) throws Exception {
		LocalRuntimeApi.Answer answer = this.runtimeApi
			.submit(requestId, event.getBytes(StandardCharsets.UTF_8), Map.of())
			.answer()
			.get(30, TimeUnit.SECONDS);
		assertThat(answer.success()).as(answer.bodyAsString()).isTrue();
		JsonNode envelope = JsonMapper.shared().readTree(answer.body());
		String body = envelope.path("body").asString();
		if (envelope.path("isBase64Encoded").asBoolean(false)) {
			body = new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8);
		}
		return new Answer(envelope.path("statusCode").asInt(), body);
	}

	private String scfRequest(String method, String path, Map<String, String> query) {
		return SampleEvents.event(Vendor.TENCENT, "http").method(method).path(path).set("/queryString", query).json();
	}

	@Test
	void onScfsCustomRuntimeAFunctionUrlRequestReachesTheControllerInProcess() throws Exception {
		startScf();
		Answer answer = invoke("scf-hello", scfRequest("GET", "/hello", Map.of("name", "ann")));
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.json().path("greeting").asString()).isEqualTo("Hello, ann");
		assertThat(answer.json().path("requestId").asString()).isEqualTo("scf-hello");
		assertThat(answer.json().path("platform").asString()).isEqualTo("tencent");
		assertNoPort();
	}

	@Test
	void theApplicationsErrorAnswersAndSpringBootsAreKeptInTheEnvelope() throws Exception {
		startScf();
		Answer notFound = invoke("scf-404", scfRequest("GET", "/orders/o-9", Map.of()));
		assertThat(notFound.status()).isEqualTo(404);
		assertThat(notFound.json().path("error").asString()).isEqualTo("No order o-9");
		Answer failed = invoke("scf-500", scfRequest("GET", "/fail", Map.of()));
		assertThat(failed.status()).isEqualTo(500);
		assertThat(failed.body()).doesNotContain("hunter2");
		Answer unmapped = invoke("scf-none", scfRequest("GET", "/nothing/here", Map.of()));
		assertThat(unmapped.status()).isEqualTo(404);
		assertThat(invoke("scf-after", scfRequest("GET", "/hello", Map.of())).status()).isEqualTo(200);
	}

	@Test
	void aJsonBodyIsReadAndTheControllersStatusKept() throws Exception {
		startScf();
		String event = SampleEvents.event(Vendor.TENCENT, "http")
			.method("POST")
			.path("/orders")
			.header("content-type", "application/json")
			.body("{\"orderId\":\"o-7\",\"quantity\":2,\"unitPrice\":9.5}")
			.json();
		Answer answer = invoke("scf-order", event);
		assertThat(answer.status()).isEqualTo(201);
		assertThat(answer.json().path("total").decimalValue()).isEqualByComparingTo("19");
		assertThat(answer.json().path("requestId").asString()).isEqualTo("scf-order");
	}

	@Test
	void onFunctionGraphsCustomRuntimeAnApigRequestReachesTheControllerInProcess() throws Exception {
		startFunctionGraph();
		String event = SampleEvents.event(Vendor.HUAWEI, "http")
			.method("GET")
			.path("/hello")
			.set("/queryStringParameters", Map.of("name", "bo"))
			.json();
		Answer answer = invoke("fg-hello", event);
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.json().path("greeting").asString()).isEqualTo("Hello, bo");
		assertThat(answer.json().path("requestId").asString()).isEqualTo("fg-hello");
		assertThat(answer.json().path("platform").asString()).isEqualTo("huawei");
	}

	@Test
	void aPlainEventStillReachesTheFunction() throws Exception {
		startScf();
		LocalRuntimeApi.Answer answer = this.runtimeApi.submit("scf-plain", "\"hello\"".getBytes(StandardCharsets.UTF_8),
				Map.of()).answer().get(30, TimeUnit.SECONDS);
		assertThat(answer.bodyAsString()).isEqualTo("HELLO");
	}

}
