package io.github.fnspring.demoweb;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.fnspring.platform.FnTransport;
import io.github.fnspring.platform.MountedHttpTransport;
import io.github.fnspring.test.SampleEvents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a web application's controllers see and answer, the same on every platform whose HTTP
 * protocol shares the application's web server, over real sockets: the platform's calls
 * answered by fn-spring ahead of the controllers, every other request the application's,
 * within an invocation of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
public abstract class SharedServerContractTests {

	private static final JsonMapper json = JsonMapper.shared();

	/** The header by which fn-spring hands an event's invocation to a request it forwards to its own server. */
	protected static final String FORWARDING_HEADER = "x-fn-forwarded-invocation";

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.executor(Executors.newCachedThreadPool())
		.build();

	private ConfigurableApplicationContext application;

	private int port;

	private final PlatformUnderTest platform;

	protected SharedServerContractTests(PlatformUnderTest platform) {
		this.platform = platform;
	}

	/** The application under test. */
	protected Class<?> application() {
		return DemoWebApplication.class;
	}

	/** The application's properties besides the platform's environment. */
	protected Map<String, Object> properties() {
		return Map.of();
	}

	/** The port the application's server listens on. */
	protected int port() {
		return this.port;
	}

	protected String requestIdHeader() {
		return this.platform.requestIdHeader();
	}

	@BeforeAll
	void start() {
		Map<String, Object> properties = new HashMap<>(this.platform.environment());
		properties.putAll(properties());
		// a random port on loopback even where a cloud's environment would choose its own and all interfaces
		properties.put("server.port", 0);
		properties.put("server.address", "127.0.0.1");
		properties.put("spring.main.banner-mode", "off");
		this.application = new SpringApplicationBuilder(application()).properties(properties).run();
		this.port = this.application.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
	}

	@AfterAll
	void stop() {
		this.application.close();
	}

	protected HttpResponse<byte[]> send(String method, String path, Map<String, String> headers, byte[] body)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(Duration.ofSeconds(30))
			.method(method, HttpRequest.BodyPublishers.ofByteArray(body));
		headers.forEach(request::header);
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private HttpResponse<byte[]> get(String path, String requestId) throws Exception {
		return send("GET", path, Map.of(requestIdHeader(), requestId), new byte[0]);
	}

	private static JsonNode json(HttpResponse<byte[]> response) {
		return json.readTree(response.body());
	}

	private static String text(HttpResponse<byte[]> response) {
		return new String(response.body(), StandardCharsets.UTF_8);
	}

	@Test
	void oneServerServesThePlatformAndTheControllers() {
		List<FnTransport> transports = this.application.getBeanProvider(FnTransport.class).orderedStream().toList();
		assertThat(transports).singleElement().isInstanceOf(MountedHttpTransport.class);
		assertThat(this.application.getEnvironment().getProperty("local.fn.port", Integer.class)).isEqualTo(this.port);
	}

	@Test
	void aControllerSeesTheRequestsOwnInvocation() throws Exception {
		HttpResponse<byte[]> response = get("/hello?name=ann", "req-hello");
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode answer = json(response);
		assertThat(answer.path("greeting").asString()).isEqualTo("Hello, ann");
		assertThat(answer.path("requestId").asString()).isEqualTo("req-hello");
		assertThat(answer.path("platform").asString()).isEqualTo(this.platform.platform());
		assertThat(answer.path("remainingMillis").asLong()).isPositive();
	}

	@Test
	void theRequestIdIsOnTheControllersLogLines(CapturedOutput output) throws Exception {
		get("/hello?name=logged", "req-logged");
		assertThat(output.getAll().lines().filter((line) -> line.contains("greeting logged")))
			.singleElement()
			.asString()
			.contains("req-logged");
	}

	@Test
	void anEventOnThePlatformsEventPathReachesTheFunction() throws Exception {
		HttpResponse<byte[]> response = send("POST", this.platform.eventPath(), Map.of(requestIdHeader(), "req-event"),
				"hello".getBytes(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(text(response)).isEqualTo("HELLO");
	}

	@Test
	void anHttpTriggerEventOnThePlatformsEventPathReachesTheControllersWithinItsInvocation(CapturedOutput output)
			throws Exception {
		String event = SampleEvents.event(this.platform.vendor(), "http")
			.method("POST")
			.path("/orders")
			.header("content-type", "application/json")
			.header(FORWARDING_HEADER, "guessed-token")
			.body("{\"orderId\":\"o-8\",\"quantity\":3,\"unitPrice\":2.5}")
			.json();
		HttpResponse<byte[]> response = send("POST", this.platform.eventPath(),
				Map.of(requestIdHeader(), "req-trigger", "Content-Type", "application/json"),
				event.getBytes(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode envelope = json(response);
		assertThat(envelope.path("statusCode").asInt()).isEqualTo(201);
		String body = envelope.path("body").asString();
		if (envelope.path("isBase64Encoded").asBoolean(false)) {
			body = new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8);
		}
		JsonNode answer = json.readTree(body);
		assertThat(answer.path("total").decimalValue()).isEqualByComparingTo("7.5");
		assertThat(answer.path("requestId").asString()).as("the event's own invocation").isEqualTo("req-trigger");
		if (this.platform.platform().equals("aliyun")) {
			assertThat(output.getAll().lines().filter((line) -> line.contains("FC Invoke Start RequestId: req-trigger")))
				.as("one invocation, framed once").hasSize(1);
		}
	}

	@Test
	void manyHttpTriggerEventsAtOnceEachReachTheControllersWithinTheirOwnInvocation() throws Exception {
		int count = 50;
		ExecutorService clients = Executors.newFixedThreadPool(16);
		try {
			List<Future<HttpResponse<byte[]>>> responses = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				String name = "event-" + i;
				String event = SampleEvents.event(this.platform.vendor(), "http")
					.method("POST")
					.path("/orders")
					.header("content-type", "application/json")
					.body("{\"orderId\":\"" + name + "\",\"quantity\":1,\"unitPrice\":1}")
					.json();
				responses.add(clients.submit(() -> send("POST", this.platform.eventPath(),
						Map.of(requestIdHeader(), "req-" + name, "Content-Type", "application/json"),
						event.getBytes(StandardCharsets.UTF_8))));
			}
			for (int i = 0; i < count; i++) {
				JsonNode envelope = json(responses.get(i).get(60, TimeUnit.SECONDS));
				JsonNode answer = json.readTree(envelope.path("body").asString());
				assertThat(answer.path("orderId").asString()).isEqualTo("event-" + i);
				assertThat(answer.path("requestId").asString()).isEqualTo("req-event-" + i);
			}
		}
		finally {
			clients.shutdownNow();
		}
	}

	@Test
	void anHttpTriggerEventsHeaderThatHttpCannotCarryIsLeftOutNotTheEvent() throws Exception {
		String event = SampleEvents.event(this.platform.vendor(), "http")
			.method("GET")
			.path("/hello")
			.header("x-broken", "line\r\nInjected: yes")
			.json();
		HttpResponse<byte[]> response = send("POST", this.platform.eventPath(), Map.of(requestIdHeader(), "req-broken"),
				event.getBytes(StandardCharsets.UTF_8));
		JsonNode envelope = json(response);
		assertThat(envelope.path("statusCode").asInt()).as("%s", envelope).isEqualTo(200);
		assertThat(json.readTree(envelope.path("body").asString()).path("requestId").asString()).isEqualTo("req-broken");
	}

	@Test
	void aForgedForwardingTokenIsRefusedNotTakenForAnotherRequest() throws Exception {
		HttpResponse<byte[]> response = send("POST", this.platform.eventPath(),
				Map.of(requestIdHeader(), "req-forged", FORWARDING_HEADER, "00000000-0000-0000-0000-000000000000"),
				"hello".getBytes(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(text(response)).doesNotContain("HELLO");
	}

	@Test
	void anHttpTriggerEventKeepsItsPathQueryAndBody() throws Exception {
		String event = SampleEvents.event(this.platform.vendor(), "http")
			.method("PUT")
			.path("/echo/café 1/你好")
			.header("content-type", "text/plain;charset=UTF-8")
			.body("body ✓")
			.json();
		HttpResponse<byte[]> response = send("POST", this.platform.eventPath(),
				Map.of(requestIdHeader(), "req-trigger-echo", "Content-Type", "application/json"),
				event.getBytes(StandardCharsets.UTF_8));
		JsonNode envelope = json(response);
		assertThat(envelope.path("statusCode").asInt()).as("%s", envelope).isEqualTo(200);
		JsonNode seen = json.readTree(envelope.path("body").asString());
		assertThat(seen.path("method").asString()).isEqualTo("PUT");
		assertThat(seen.path("path").asString()).isEqualTo("/echo/café 1/你好");
		assertThat(seen.path("body").asString()).isEqualTo("body ✓");
		assertThat(seen.path("headerNames").values()).extracting(JsonNode::asString).doesNotContain(FORWARDING_HEADER);
	}

	@Test
	void aJsonBodyIsReadAndTheControllersStatusKept() throws Exception {
		HttpResponse<byte[]> response = send("POST", "/orders",
				Map.of(requestIdHeader(), "req-order", "Content-Type", "application/json"),
				"{\"orderId\":\"o-7\",\"quantity\":2,\"unitPrice\":9.5}".getBytes(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).isEqualTo(201);
		assertThat(json(response).path("total").decimalValue()).isEqualByComparingTo("19");
		assertThat(json(response).path("requestId").asString()).isEqualTo("req-order");
	}

	@Test
	void theApplicationsOwnErrorAnswersAreKept() throws Exception {
		HttpResponse<byte[]> response = get("/orders/o-404", "req-404");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(json(response).path("error").asString()).isEqualTo("No order o-404");
	}

	@Test
	void anUnhandledFailureIsSpringBootsServerErrorWithoutInternalsAndLoggedWithinTheRequest(CapturedOutput output)
			throws Exception {
		HttpResponse<byte[]> response = get("/fail", "req-fail");
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(json(response).path("status").asInt()).isEqualTo(500);
		assertThat(text(response)).doesNotContain("hunter2").doesNotContain("IllegalStateException");
		List<String> lines = output.getAll().lines().toList();
		List<Integer> failures = new ArrayList<>();
		for (int i = 1; i < lines.size(); i++) {
			if (lines.get(i).contains("password is hunter2")) {
				failures.add(i);
			}
		}
		assertThat(failures).as("the failure is logged once").hasSize(1);
		int logLine = failures.get(0) - 1;
		while (logLine > 0 && lines.get(logLine).isBlank()) {
			logLine--;
		}
		assertThat(lines.get(logLine)).as("on a log line with the request id").contains("req-fail");
		assertThat(get("/hello", "req-after").statusCode()).isEqualTo(200);
	}

	@Test
	void springAnswersWhatNoControllerServes() throws Exception {
		assertThat(get("/nothing/here", "req-none").statusCode()).isEqualTo(404);
		assertThat(send("DELETE", "/hello", Map.of(requestIdHeader(), "req-405"), new byte[0]).statusCode())
			.isEqualTo(405);
	}

	@Test
	void headersCookiesQueriesAndPathsPassUnchanged() throws Exception {
		HttpResponse<byte[]> response = send("PUT", "/echo/caf%C3%A9/%E4%BD%A0%E5%A5%BD?tag=a&tag=b&q=x%20y",
				Map.of(requestIdHeader(), "req-echo", "Content-Type", "text/plain;charset=UTF-8"),
				"body ✓".getBytes(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode seen = json(response);
		assertThat(seen.path("method").asString()).isEqualTo("PUT");
		assertThat(seen.path("path").asString()).isEqualTo("/echo/café/你好");
		assertThat(seen.path("query").path("tag").values()).extracting(JsonNode::asString).containsExactly("a", "b");
		assertThat(seen.path("query").path("q").get(0).asString()).isEqualTo("x y");
		assertThat(seen.path("body").asString()).isEqualTo("body ✓");
		assertThat(response.headers().allValues("X-Multi")).containsExactly("one", "two");
		assertThat(response.headers().allValues("Set-Cookie")).containsExactly("session=abc; Path=/; HttpOnly",
				"theme=dark; Path=/");
	}

	@Test
	void theControllersNeverSeeThePlatformsCredentialHeaders() throws Exception {
		HttpResponse<byte[]> response = send("GET", "/echo/credentials",
				Map.of(requestIdHeader(), "req-credentials", this.platform.credentialHeader(), "secret-of-the-platform",
						"X-Custom", "visible"),
				new byte[0]);
		assertThat(json(response).path("headerNames").values()).extracting(JsonNode::asString)
			.contains("x-custom")
			.doesNotContain(this.platform.credentialHeader().toLowerCase(Locale.ROOT));
	}

	@Test
	void headIsAnsweredLikeGetWithoutABody() throws Exception {
		HttpResponse<byte[]> get = get("/hello?name=head", "req-get");
		HttpResponse<byte[]> head = send("HEAD", "/hello?name=head", Map.of(requestIdHeader(), "req-head"), new byte[0]);
		assertThat(head.statusCode()).isEqualTo(200);
		assertThat(head.body()).isEmpty();
		assertThat(head.headers().firstValue("Content-Type")).isEqualTo(get.headers().firstValue("Content-Type"));
	}

	@Test
	void aChunkedRequestBodyIsReadWhole() throws Exception {
		byte[] order = "{\"orderId\":\"o-c\",\"quantity\":4,\"unitPrice\":1.25}".getBytes(StandardCharsets.UTF_8);
		// a body of unknown length goes out in chunks
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/orders"))
			.timeout(Duration.ofSeconds(30))
			.header(requestIdHeader(), "req-chunked")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(order)))
			.build();
		HttpResponse<byte[]> response = this.client.send(request, HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(201);
		assertThat(json(response).path("total").decimalValue()).isEqualByComparingTo("5");
		assertThat(json(response).path("requestId").asString()).isEqualTo("req-chunked");
	}

	@Test
	void aBinaryBodyComesBackByteForByte() throws Exception {
		HttpResponse<byte[]> response = get("/bytes", "req-bytes");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).hasSize(256);
		for (int i = 0; i < 256; i++) {
			assertThat(response.body()[i]).isEqualTo((byte) i);
		}
	}

	@Test
	void concurrentRequestsEachSeeOnlyTheirOwnInvocation() throws Exception {
		int count = 200;
		ExecutorService clients = Executors.newFixedThreadPool(50);
		try {
			List<Future<HttpResponse<byte[]>>> responses = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				String requestId = "req-many-" + i;
				responses.add(clients.submit(() -> get("/hello?name=" + requestId, requestId)));
			}
			for (int i = 0; i < count; i++) {
				JsonNode answer = json(responses.get(i).get(60, TimeUnit.SECONDS));
				assertThat(answer.path("requestId").asString()).isEqualTo("req-many-" + i);
				assertThat(answer.path("greeting").asString()).isEqualTo("Hello, req-many-" + i);
			}
		}
		finally {
			clients.shutdownNow();
		}
	}

}
