package io.github.fnspring.demoweb;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web contract in the clouds' event modes: the cases the shared-server contract sends over
 * real sockets, here as the platforms' HTTP-trigger events through a real Runtime API loop,
 * served in process and answered in the trigger's envelope.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class EventModeContractTests {

	private final EventModeUnderTest.Platform platform;

	private EventModeUnderTest underTest;

	protected EventModeContractTests(EventModeUnderTest.Platform platform) {
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

	@BeforeAll
	void start() throws Exception {
		this.underTest = EventModeUnderTest.start(this.platform, application(), properties());
	}

	@AfterAll
	void stop() {
		this.underTest.close();
	}

	private EventModeUnderTest.Answer get(String path, String requestId) throws Exception {
		return this.underTest.invoke(requestId, this.underTest.request("GET", path));
	}

	@Test
	void aControllerSeesTheEventsOwnInvocation() throws Exception {
		EventModeUnderTest.Answer answer = this.underTest.invoke("ev-hello",
				this.underTest.request("GET", "/hello", Map.of("name", "ann")));
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.json().path("greeting").asString()).isEqualTo("Hello, ann");
		assertThat(answer.json().path("requestId").asString()).isEqualTo("ev-hello");
		assertThat(answer.json().path("platform").asString()).isEqualTo(this.platform.platformId());
	}

	@Test
	void aJsonBodyIsReadAndTheControllersStatusKept() throws Exception {
		EventModeUnderTest.Answer answer = this.underTest.invoke("ev-order",
				this.underTest.request("POST", "/orders")
					.header("content-type", "application/json")
					.body("{\"orderId\":\"o-7\",\"quantity\":2,\"unitPrice\":9.5}"));
		assertThat(answer.status()).isEqualTo(201);
		assertThat(answer.json().path("total").decimalValue()).isEqualByComparingTo("19");
	}

	@Test
	void theApplicationsAndSpringsErrorAnswersAreKeptWithoutInternals() throws Exception {
		EventModeUnderTest.Answer notFound = get("/orders/o-404", "ev-404");
		assertThat(notFound.status()).isEqualTo(404);
		assertThat(notFound.json().path("error").asString()).isEqualTo("No order o-404");
		EventModeUnderTest.Answer failed = get("/fail", "ev-500");
		assertThat(failed.status()).isEqualTo(500);
		assertThat(failed.text()).doesNotContain("hunter2").doesNotContain("IllegalStateException");
		assertThat(get("/nothing/here", "ev-none").status()).isEqualTo(404);
		assertThat(this.underTest.invoke("ev-405", this.underTest.request("DELETE", "/hello")).status())
			.isEqualTo(405);
	}

	@Test
	void headersCookiesQueriesAndPathsPassUnchanged() throws Exception {
		EventModeUnderTest.Answer answer = this.underTest.invoke("ev-echo",
				this.underTest.request("PUT", "/echo/café 1/你好", Map.of("tag", List.of("a", "b"), "q", "x y"))
					.header("content-type", "text/plain;charset=UTF-8")
					.body("body ✓"));
		assertThat(answer.status()).isEqualTo(200);
		JsonNode seen = answer.json();
		assertThat(seen.path("method").asString()).isEqualTo("PUT");
		assertThat(seen.path("path").asString()).isEqualTo("/echo/café 1/你好");
		assertThat(seen.path("query").path("tag").values()).extracting(JsonNode::asString).containsExactly("a", "b");
		assertThat(seen.path("query").path("q").get(0).asString()).isEqualTo("x y");
		assertThat(seen.path("body").asString()).isEqualTo("body ✓");
		JsonNode cookies = header(answer.headers(), "Set-Cookie");
		if (this.platform.headerValuesAsArrays()) {
			assertThat(header(answer.headers(), "X-Multi").values()).extracting(JsonNode::asString)
				.containsExactly("one", "two");
			assertThat(cookies.values()).extracting(JsonNode::asString)
				.containsExactly("session=abc; Path=/; HttpOnly", "theme=dark; Path=/");
		}
		else {
			assertThat(header(answer.headers(), "X-Multi").asString()).isEqualTo("one,two");
			assertThat(cookies.asString()).isEqualTo("session=abc; Path=/; HttpOnly,theme=dark; Path=/");
		}
	}

	@Test
	void aBase64RequestBodyIsDecodedAndABinaryAnswerComesBackByteForByte() throws Exception {
		EventModeUnderTest.Answer echoed = this.underTest.invoke("ev-base64",
				this.underTest.request("POST", "/echo/base64")
					.header("content-type", "text/plain;charset=UTF-8")
					.body(Base64.getEncoder().encodeToString("körper ✓".getBytes(StandardCharsets.UTF_8)))
					.set("/isBase64Encoded", true));
		assertThat(echoed.json().path("body").asString()).isEqualTo("körper ✓");
		EventModeUnderTest.Answer bytes = get("/bytes", "ev-bytes");
		assertThat(bytes.status()).isEqualTo(200);
		assertThat(bytes.body()).hasSize(256);
		for (int i = 0; i < 256; i++) {
			assertThat(bytes.body()[i]).isEqualTo((byte) i);
		}
	}

	@Test
	void headIsAnsweredLikeGetWithoutABody() throws Exception {
		EventModeUnderTest.Answer head = this.underTest.invoke("ev-head", this.underTest.request("HEAD", "/hello"));
		assertThat(head.status()).isEqualTo(200);
		assertThat(head.body()).isEmpty();
	}

	@Test
	void manyEventsAtOnceEachSeeOnlyTheirOwnInvocation() throws Exception {
		int count = 200;
		List<CompletableFuture<byte[]>> answers = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			answers.add(this.underTest.submit("ev-many-" + i,
					this.underTest.request("GET", "/hello", Map.of("name", "n" + i)).json()));
		}
		for (int i = 0; i < count; i++) {
			EventModeUnderTest.Answer answer = EventModeUnderTest.Answer.of(answers.get(i).get(60, TimeUnit.SECONDS));
			assertThat(answer.json().path("requestId").asString()).isEqualTo("ev-many-" + i);
			assertThat(answer.json().path("greeting").asString()).isEqualTo("Hello, n" + i);
		}
	}

	/** A header of an envelope's answer, by its name in any case. */
	private static JsonNode header(JsonNode headers, String name) {
		for (var header : headers.properties()) {
			if (header.getKey().equalsIgnoreCase(name)) {
				return header.getValue();
			}
		}
		throw new AssertionError("No " + name + " header in " + headers);
	}

}
