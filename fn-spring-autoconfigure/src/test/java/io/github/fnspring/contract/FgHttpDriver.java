package io.github.fnspring.contract;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/** Drives FunctionGraph container event functions: {@code POST /invoke} with {@code X-CFF-*} headers. */
class FgHttpDriver implements TransportDriver {

	private static final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.executor(Executors.newCachedThreadPool())
		.build();

	private final int port;

	FgHttpDriver(int port) {
		this.port = port;
	}

	@Override
	public Reply invoke(Invocation invocation) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/invoke"))
			.timeout(Duration.ofSeconds(60))
			.header("X-CFF-Request-Id", invocation.requestId())
			.header("X-CFF-Func-Name", invocation.function())
			.header("X-CFF-Memory", "256")
			.header("X-CFF-Timeout", "30")
			.header("X-CFF-Security-Access-Key", invocation.accessKeyId())
			.header("X-CFF-Security-Secret-Key", "SK-" + invocation.requestId())
			.header("X-CFF-Security-Token", "TOKEN-" + invocation.requestId())
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
		assertThat(reply.status()).isEqualTo(500);
		FgErrors.assertFgError(reply.body(), errorType, messagePart);
	}

	@Override
	public String expectedAccessKeyId(Invocation invocation) {
		return invocation.accessKeyId();
	}

	@Override
	public String expectedVendor() {
		return "HUAWEI";
	}

}
