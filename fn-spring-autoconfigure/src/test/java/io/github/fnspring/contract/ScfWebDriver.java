package io.github.fnspring.contract;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/** Drives SCF image functions: events as {@code POST /event-invoke} with {@code X-Scf-*} headers. */
class ScfWebDriver implements TransportDriver {

	private static final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.executor(Executors.newCachedThreadPool())
		.build();

	private final int port;

	ScfWebDriver(int port) {
		this.port = port;
	}

	@Override
	public Reply invoke(Invocation invocation) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/event-invoke"))
			.timeout(Duration.ofSeconds(60))
			.header("X-Scf-Request-Id", invocation.requestId())
			.header("X-Scf-Name", invocation.function())
			.header("X-Scf-Memory", "256")
			.header("X-Scf-Timeout", "30000")
			.POST(HttpRequest.BodyPublishers.ofByteArray(invocation.body()))
			.build();
		HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
		return new Reply(response.statusCode(), response.headers().map(), response.body());
	}

	@Override
	public byte[] successPayload(Reply reply) {
		assertThat(reply.status()).as("status of %s", reply.bodyAsString()).isEqualTo(200);
		return reply.body();
	}

	@Override
	public void assertFailure(Reply reply, String errorType, String messagePart) {
		int statusCode = ScfErrors.assertScfError(reply.body(), errorType, messagePart);
		assertThat(reply.status()).as("HTTP status follows SCF's status code").isEqualTo(statusCode);
	}

	@Override
	public String expectedAccessKeyId(Invocation invocation) {
		return ScfRuntimeDriver.SECRET_ID;
	}

	@Override
	public String expectedVendor() {
		return "TENCENT";
	}

}
