package io.github.fnspring.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpHandler;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class FnHttpServerTest {

	private static final HttpClient client = HttpClient.newHttpClient();

	/** Answers {@code /slow} once {@link #release} is counted down, anything else at once. */
	private final CountDownLatch slowStarted = new CountDownLatch(1);

	private final CountDownLatch release = new CountDownLatch(1);

	private final HttpHandler slowHandler = (exchange) -> {
		try (exchange) {
			if (exchange.getRequestURI().getPath().equals("/slow")) {
				this.slowStarted.countDown();
				try {
					this.release.await();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
			byte[] body = "done".getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
		}
	};

	private static HttpRequest get(FnHttpServer server, String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + path)).build();
	}

	@Test
	void stoppingFinishesTheRequestsInFlightAndRefusesNewOnes() throws Exception {
		FnHttpServer server = new FnHttpServer(
				new ServerSettings("127.0.0.1", 0, 4, 1024, Duration.ofSeconds(10), Duration.ofSeconds(10), false),
				this.slowHandler, "a slow handler");
		server.start();
		int port = server.getPort();
		CompletableFuture<HttpResponse<String>> inFlight = client.sendAsync(get(server, "/slow"),
				HttpResponse.BodyHandlers.ofString());
		assertThat(this.slowStarted.await(10, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<Void> stopped = CompletableFuture.runAsync(server::stop);
		HttpRequest next = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/next")).build();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		int status = 0;
		while (status != 503 && System.nanoTime() < deadline) {
			status = HttpClient.newHttpClient().send(next, HttpResponse.BodyHandlers.ofString()).statusCode();
		}
		assertThat(status).as("new requests are refused while stopping").isEqualTo(503);
		assertThat(stopped).isNotDone();
		this.release.countDown();
		HttpResponse<String> finished = inFlight.get(10, TimeUnit.SECONDS);
		assertThat(finished.statusCode()).isEqualTo(200);
		assertThat(finished.body()).isEqualTo("done");
		stopped.get(10, TimeUnit.SECONDS);
	}

	@Test
	void aRequestStillRunningAfterTheGracePeriodIsAnsweredAndLogged(CapturedOutput output) throws Exception {
		FnHttpServer server = new FnHttpServer(
				new ServerSettings("127.0.0.1", 0, 4, 1024, Duration.ofSeconds(10), Duration.ofMillis(300), false),
				this.slowHandler, "a slow handler");
		server.start();
		try {
			CompletableFuture<HttpResponse<String>> inFlight = client.sendAsync(get(server, "/slow"),
					HttpResponse.BodyHandlers.ofString());
			assertThat(this.slowStarted.await(10, TimeUnit.SECONDS)).isTrue();
			server.stop();
			HttpResponse<String> answer = inFlight.get(10, TimeUnit.SECONDS);
			assertThat(answer.statusCode()).isEqualTo(503);
			assertThat(answer.body()).contains("stopped before the request finished");
			assertThat(output.getAll()).contains("GET /slow did not finish within the shutdown grace period");
		}
		finally {
			this.release.countDown();
		}
	}

	@Test
	void virtualThreadsAskedForWhereTheJvmHasNoneFallBackToThePool() throws Exception {
		FnHttpServer server = new FnHttpServer(
				new ServerSettings("127.0.0.1", 0, 4, 1024, Duration.ofSeconds(10), Duration.ofSeconds(1), true),
				this.slowHandler, "a handler");
		server.start();
		try {
			this.release.countDown();
			assertThat(client.send(get(server, "/slow"), HttpResponse.BodyHandlers.ofString()).body()).isEqualTo("done");
		}
		finally {
			server.stop();
		}
	}

	@Test
	void aRequestWhoseHandlerThrowsIsAnsweredAndLogged(CapturedOutput output) throws Exception {
		FnHttpServer server = new FnHttpServer(
				new ServerSettings("127.0.0.1", 0, 4, 1024, Duration.ofSeconds(10), Duration.ofSeconds(1), false), (exchange) -> {
			throw new IllegalStateException("handler bug");
		}, "a failing handler");
		server.start();
		try {
			HttpResponse<String> response = client.send(get(server, "/x?y"), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(500);
			assertThat(response.body()).isEqualTo("{\"errorMessage\":\"Internal Server Error\"}");
			assertThat(output.getAll()).contains("GET /x could not be handled").contains("handler bug");
		}
		finally {
			server.stop();
		}
	}

}
