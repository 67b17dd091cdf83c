package io.github.fnspring.maven;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Starts the application in a process of its own, serving one transport on a free loopback
 * port, sends it one event as that transport's platform does, stops it as a platform stops an
 * instance, and keeps the answer and the log lines of that invocation.
 */
final class LocalInvocation {

	/** The most output kept to explain an application that did not start. */
	private static final int TAIL_LINES = 40;

	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

	/** A line that continues a log line: a blank, a stack frame, or an exception's own first line. */
	private static final Pattern CONTINUATION = Pattern
		.compile("|\\s.*|Caused by: .*|Suppressed: .*|[\\p{Alpha}_$][\\w$]*(\\.[\\w$]+)+(: .*)?");

	private final Duration startTimeout;

	private final Duration answerTimeout;

	/**
	 * @param startTimeout how long the application may take to listen
	 * @param answerTimeout how long the invocation may take to be answered
	 */
	LocalInvocation(Duration startTimeout, Duration answerTimeout) {
		this.startTimeout = startTimeout;
		this.answerTimeout = answerTimeout;
	}

	/**
	 * @param command the application's command line, which reads the target's environment
	 * @param function the exported function, or {@code null} for the application's default
	 */
	Result run(List<String> command, Map<String, String> environment, InvokeTarget target, String function,
			String requestId, byte[] event) throws IOException {
		int port = freePort();
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().putAll(environment);
		builder.environment().putAll(target.environment(port));
		Process process = builder.start();
		List<String> output = Collections.synchronizedList(new ArrayList<>());
		Thread reader = new Thread(() -> read(process, output), "fn-invoke-output");
		reader.setDaemon(true);
		reader.start();
		try {
			awaitListening(process, port, output);
			Answer answer;
			try {
				answer = send(port, target, function, requestId, event);
			}
			catch (IOException ex) {
				throw new IOException("The invocation got no answer (" + ex.getMessage() + "):\n" + tail(output), ex);
			}
			stop(process);
			reader.join(STOP_TIMEOUT.toMillis());
			List<String> lines = List.copyOf(output);
			return new Result(answer, invocationLines(lines, requestId), lines);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while invoking the application", ex);
		}
		finally {
			process.destroyForcibly();
		}
	}

	private static int freePort() throws IOException {
		// released at once for the application to take: a port no other process took in between
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	private static void read(Process process, List<String> output) {
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = lines.readLine()) != null) {
				output.add(line);
			}
		}
		catch (IOException ex) {
			// the process ended: what it wrote so far is all there is
		}
	}

	/** Waits until the port takes connections; fails early, with its output, when the process ends. */
	private void awaitListening(Process process, int port, List<String> output)
			throws IOException, InterruptedException {
		Instant deadline = Instant.now().plus(this.startTimeout);
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new IOException("The application ended with exit code " + process.exitValue()
						+ " before it listened:\n" + tail(output));
			}
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
				return;
			}
			catch (IOException notYet) {
				// no polling interval to keep: a refused connection returns at once
				process.waitFor(100, TimeUnit.MILLISECONDS);
			}
		}
		throw new IOException("The application did not listen on port " + port + " within "
				+ this.startTimeout.toSeconds() + " s:\n" + tail(output));
	}

	private Answer send(int port, InvokeTarget target, String function, String requestId, byte[] event)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + target.path()))
			.timeout(this.answerTimeout)
			.POST(HttpRequest.BodyPublishers.ofByteArray(event));
		target.headers(function, requestId).forEach(request::header);
		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		return new Answer(response.statusCode(), response.headers().map(), response.body());
	}

	/** Stops the application as a platform stops an instance: SIGTERM, then, if it lingers, a kill. */
	private static void stop(Process process) throws InterruptedException {
		process.destroy();
		if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		}
	}

	/** The lines that carry the request id, each with the lines that continue it (a failure's stack trace). */
	static List<String> invocationLines(List<String> lines, String requestId) {
		List<String> found = new ArrayList<>();
		boolean within = false;
		for (String line : lines) {
			if (line.contains(requestId)) {
				within = true;
				found.add(line);
			}
			else if (within && CONTINUATION.matcher(line).matches()) {
				if (!line.isEmpty()) {
					found.add(line);
				}
			}
			else {
				within = false;
			}
		}
		return found;
	}

	private static String tail(List<String> output) {
		synchronized (output) {
			return String.join("\n", output.subList(Math.max(0, output.size() - TAIL_LINES), output.size()));
		}
	}

	/** The transport's answer. */
	record Answer(int status, Map<String, List<String>> headers, byte[] body) {

		String bodyAsString() {
			return new String(this.body, StandardCharsets.UTF_8);
		}

		/** Whether the platform would count the invocation as failed. */
		boolean isError() {
			return this.status >= 400 || this.headers.keySet().stream().anyMatch("x-fc-status"::equalsIgnoreCase);
		}

	}

	/**
	 * @param answer what the transport answered
	 * @param invocationLines the application's output lines that carry the invocation's request
	 * id, with the lines that continue them
	 * @param output all its output
	 */
	record Result(Answer answer, List<String> invocationLines, List<String> output) {

		/** What a local run logs of every invocation, as a cloud's console summarizes it. */
		private static final String SUMMARY = "Invocation summary: ";

		/**
		 * The invocation's execution summary as the application logged it (request id, memory,
		 * duration, memory used, billed duration), if it did.
		 */
		Optional<String> summary() {
			// the last: logged when the invocation ended, after whatever the function logged
			return this.invocationLines.stream()
				.filter((line) -> line.contains(SUMMARY))
				.map((line) -> line.substring(line.indexOf(SUMMARY) + SUMMARY.length()))
				.reduce((first, second) -> second);
		}

	}

}
