package io.github.fnspring.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * A package on FC's custom runtime: its {@code bootstrap} serves HTTP on
 * {@code FC_CUSTOM_LISTEN_PORT}; done when {@code POST /invoke} with the event answers 200
 * with the receipt. FC probes the port the same way before its first call.
 */
final class FcHttpTarget implements Target {

	private final String name;

	private final Path script;

	private final String javaOptions;

	/**
	 * @param javaOptions {@code FN_JAVA_OPTS} for the run, replacing the options the script
	 * computes, or {@code null} to keep them
	 */
	FcHttpTarget(String name, Path script, String javaOptions) {
		this.name = name;
		this.script = script;
		this.javaOptions = javaOptions;
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public String jvmFlags() {
		return (this.javaOptions != null) ? "FN_JAVA_OPTS=" + this.javaOptions : "set by the package";
	}

	@Override
	public Sample run(Path log) throws Exception {
		int port = freePort();
		Map<String, String> environment = new HashMap<>(Map.of("FC_FUNCTION_NAME", "order", "FC_CUSTOM_LISTEN_PORT",
				Integer.toString(port), "FC_FUNCTION_MEMORY_SIZE", "128", "FC_REGION", "cn-hangzhou",
				"FN_SERVER_ADDRESS", "127.0.0.1"));
		if (this.javaOptions != null) {
			environment.put("FN_JAVA_OPTS", this.javaOptions);
		}
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/invoke"))
			.header("Content-Type", "application/octet-stream")
			.header("x-fc-request-id", UUID.randomUUID().toString())
			.header("x-fc-function-name", "order")
			.header("x-fc-function-memory", "128")
			.header("x-fc-control-path", "/invoke")
			.POST(HttpRequest.BodyPublishers.ofByteArray(OrderEvent.JSON))
			.build();
		CompletableFuture<Long> answeredAt = new CompletableFuture<>();
		try (TargetProcess process = TargetProcess.start(this.name, Bootstrap.builder(this.script, environment, log),
				log)) {
			Thread poller = new Thread(() -> pollUntilAnswered(client, request, answeredAt), "poll-" + this.name);
			poller.setDaemon(true);
			poller.start();
			return process.await(answeredAt);
		}
		finally {
			answeredAt.cancel(false);
		}
	}

	/** Sends the event until it is answered; a wrong answer ends the run, a refused connection does not. */
	private static void pollUntilAnswered(HttpClient client, HttpRequest request, CompletableFuture<Long> answeredAt) {
		while (!answeredAt.isDone()) {
			try {
				HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200 && OrderEvent.isReceipt(response.body())) {
					answeredAt.complete(System.nanoTime());
				}
				else {
					answeredAt.completeExceptionally(new IllegalStateException(
							"answered " + response.statusCode() + ": " + response.body()));
				}
			}
			catch (IOException ex) {
				pause();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private static void pause() {
		try {
			Thread.sleep(2);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
