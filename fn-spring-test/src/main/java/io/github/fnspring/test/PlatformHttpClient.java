package io.github.fnspring.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Sends requests to a transport on this machine the way a platform does, over one HTTP/1.1 client. */
final class PlatformHttpClient {

	/** Headers a platform's front end sets itself; the JDK's client refuses to. */
	private static final List<String> RESTRICTED = List.of("connection", "content-length", "expect", "host",
			"upgrade");

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final Duration answerTimeout;

	PlatformHttpClient(Duration answerTimeout) {
		this.answerTimeout = answerTimeout;
	}

	Answer send(int port, String method, String path, Map<String, String> headers, byte[] body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(this.answerTimeout)
			.method(method, HttpRequest.BodyPublishers.ofByteArray(body));
		headers.forEach((name, value) -> {
			if (!RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
				request.header(name, value);
			}
		});
		try {
			HttpResponse<byte[]> response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			Map<String, List<String>> answerHeaders = new TreeMap<>();
			response.headers().map().forEach((name, values) -> answerHeaders.put(name.toLowerCase(Locale.ROOT), values));
			return new Answer(response.statusCode(), answerHeaders, response.body());
		}
		catch (HttpTimeoutException ex) {
			throw new IllegalStateException("No answer within " + this.answerTimeout + " to " + method + " " + path, ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(method + " " + path + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for " + method + " " + path, ex);
		}
	}

	/** An HTTP answer, its header names in lower case. */
	record Answer(int status, Map<String, List<String>> headers, byte[] body) {

		boolean hasHeader(String name) {
			return this.headers.containsKey(name);
		}

	}

}
