package io.github.fnspring.runtime;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.jspecify.annotations.Nullable;

/** The HTTP calls of a Runtime API, over HTTP/1.1 as the platforms serve it. */
final class RuntimeApiClient {

	private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

	/** Made for the first call after the start or a disconnect, not for a stop that ends the process. */
	private volatile @Nullable HttpClient client;

	private final URI base;

	private final Duration postTimeout;

	RuntimeApiClient(URI base, Duration postTimeout) {
		this.base = base;
		this.postTimeout = postTimeout;
	}

	private static HttpClient newClient() {
		return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(CONNECT_TIMEOUT).build();
	}

	/**
	 * Lets go of the connections to the Runtime API, for a checkpoint: a CRaC JDK refuses one
	 * with sockets open. The next call connects afresh. A client closes on Java 21 and later;
	 * on Java 17 its idle connections go with it when it is collected.
	 */
	void disconnect() {
		HttpClient previous = this.client;
		this.client = null;
		if (previous instanceof AutoCloseable closeable) {
			try {
				closeable.close();
			}
			catch (Exception ex) {
				// closing an idle client: nothing to answer for
			}
		}
	}

	private HttpClient client() {
		HttpClient current = this.client;
		if (current == null) {
			synchronized (this) {
				current = this.client;
				if (current == null) {
					current = newClient();
					this.client = current;
				}
			}
		}
		return current;
	}

	/** The long poll for the next event: no timeout, as the platform holds it until there is one. */
	CompletableFuture<HttpResponse<byte[]>> next(String path) {
		HttpRequest request = HttpRequest.newBuilder(this.base.resolve(path)).GET().build();
		return client().sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
	}

	/** Posts a body and returns the status. */
	int post(String path, byte[] body) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(this.base.resolve(path))
			.timeout(this.postTimeout)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		return client().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

}
