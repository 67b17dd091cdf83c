package io.github.fnspring.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

/**
 * Asks a starting server until it answers, as the platforms probe a port before their first
 * call: a refused connection is asked again, the first answer ends the wait, right or wrong.
 */
final class AnswerPolling {

	private AnswerPolling() {
	}

	/**
	 * Times a started target to its first right answer: it is asked from a daemon thread
	 * while the process is watched for an early exit.
	 */
	static Sample awaitFirstAnswer(TargetProcess process, HttpClient client, HttpRequest request,
			Predicate<HttpResponse<String>> right) throws InterruptedException {
		CompletableFuture<Long> answeredAt = new CompletableFuture<>();
		try {
			Thread poller = new Thread(() -> pollUntilAnswered(client, request, right, answeredAt),
					"poll-" + process.target());
			poller.setDaemon(true);
			poller.start();
			return process.await(answeredAt);
		}
		finally {
			answeredAt.cancel(false);
		}
	}

	/** Completes with the time of the first right answer, or exceptionally with a wrong one. */
	private static void pollUntilAnswered(HttpClient client, HttpRequest request, Predicate<HttpResponse<String>> right,
			CompletableFuture<Long> answeredAt) {
		while (!answeredAt.isDone()) {
			try {
				HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
				if (right.test(response)) {
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

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
