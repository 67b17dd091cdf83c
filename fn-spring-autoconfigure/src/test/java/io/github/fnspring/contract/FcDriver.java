package io.github.fnspring.contract;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Drives FC's custom-runtime protocol over real HTTP, sending what FC sends. */
public class FcDriver implements TransportDriver {

	private static final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.executor(Executors.newCachedThreadPool())
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final int port;

	private final String vendor;

	public FcDriver(int port, String vendor) {
		this.port = port;
		this.vendor = vendor;
	}

	@Override
	public Reply invoke(Invocation invocation) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/invoke"))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/octet-stream")
			.header("x-fc-request-id", invocation.requestId())
			.header("x-fc-function-name", invocation.function())
			.header("x-fc-access-key-id", invocation.accessKeyId())
			.header("x-fc-access-key-secret", "secret-" + invocation.requestId())
			.header("x-fc-security-token", "token-" + invocation.requestId())
			.header("x-fc-function-timeout", "30")
			.header("x-fc-control-path", "/invoke")
			.POST(HttpRequest.BodyPublishers.ofByteArray(invocation.body()))
			.build();
		HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
		return new Reply(response.statusCode(), response.headers().map(), response.body());
	}

	@Override
	public byte[] successPayload(Reply reply) {
		assertThat(reply.status()).as("status of %s", reply.bodyAsString()).isEqualTo(200);
		assertThat(reply.headers()).doesNotContainKey("x-fc-status");
		return reply.body();
	}

	@Override
	public void assertFailure(Reply reply, String errorType, String messagePart) {
		assertThat(reply.status()).isEqualTo(404);
		assertThat(reply.headers().get("x-fc-status")).containsExactly("404");
		JsonNode error = JsonMapper.shared().readTree(reply.body());
		assertThat(error.path("errorType").asString()).isEqualTo(errorType);
		assertThat(error.path("errorMessage").asString()).contains(messagePart);
		assertThat(error.path("stackTrace").isArray()).isTrue();
	}

	@Override
	public String expectedAccessKeyId(Invocation invocation) {
		return invocation.accessKeyId();
	}

	@Override
	public String expectedVendor() {
		return this.vendor;
	}

}
