package io.github.fnspring.aliyun;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client that sends requests the way FC does, for protocol tests. */
final class FcClient {

	private static final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final int port;

	FcClient(int port) {
		this.port = port;
	}

	HttpRequest.Builder request(String path, String requestId) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(Duration.ofSeconds(30))
			.header("x-fc-request-id", requestId)
			.header("x-fc-access-key-id", "AK-" + requestId)
			.header("x-fc-access-key-secret", "SK-" + requestId)
			.header("x-fc-security-token", "TOKEN-" + requestId);
	}

	HttpResponse<byte[]> invoke(String function, String requestId, byte[] event) {
		return send(request("/invoke", requestId).header("x-fc-function-name", function)
			.header("x-fc-control-path", "/invoke")
			.POST(HttpRequest.BodyPublishers.ofByteArray(event))
			.build());
	}

	HttpResponse<byte[]> send(HttpRequest request) {
		try {
			return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static JsonNode json(HttpResponse<byte[]> response) {
		return JsonMapper.shared().readTree(response.body());
	}

	static byte[] sampleEvent(String name) {
		try (InputStream in = FcClient.class.getResourceAsStream("/events/aliyun/" + name)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
