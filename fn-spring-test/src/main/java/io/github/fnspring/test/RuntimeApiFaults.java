package io.github.fnspring.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.github.fnspring.runtime.RuntimeApiPaths;

/**
 * A Runtime API in front of another that fails the requests a test chooses, as a platform's
 * Runtime API has hiccups: polls answered with an error status or a dropped connection,
 * answers refused with 503 and not passed on. Everything else is passed on unchanged, so a
 * custom runtime's loop pointed at it must lose nothing and answer each event once.
 *
 * <pre class="code">
 * try (RuntimeApiFaults faults = RuntimeApiFaults.inFrontOf(runtimeApi.baseUri(), ScfRuntimeApi.PATHS)) {
 *     faults.failNextPolls(3, 503);
 *     // start the loop against faults.baseUri()
 * }
 * </pre>
 */
public final class RuntimeApiFaults implements AutoCloseable {

	/** Headers the JDK's client sets itself and refuses to be given. */
	private static final List<String> RESTRICTED = List.of("connection", "content-length", "expect", "host",
			"upgrade", "transfer-encoding");

	private final URI target;

	private final RuntimeApiPaths paths;

	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final AtomicInteger pollFaults = new AtomicInteger();

	private final AtomicInteger pollFaultStatus = new AtomicInteger();

	private final AtomicInteger answerFaults = new AtomicInteger();

	private final HttpServer server;

	private final ExecutorService threads = Executors.newCachedThreadPool((task) -> {
		Thread thread = new Thread(task, "runtime-api-faults");
		thread.setDaemon(true);
		return thread;
	});

	private RuntimeApiFaults(URI target, RuntimeApiPaths paths) throws IOException {
		this.target = target;
		this.paths = paths;
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/", this::handle);
		this.server.setExecutor(this.threads);
		this.server.start();
	}

	/**
	 * Starts one on a free loopback port.
	 * @param target the Runtime API it passes requests on to, such as a
	 * {@code LocalRuntimeApi}'s {@code baseUri()}
	 * @param paths the vendor's Runtime API paths, which tell polls from answers
	 */
	public static RuntimeApiFaults inFrontOf(URI target, RuntimeApiPaths paths) throws IOException {
		return new RuntimeApiFaults(target, paths);
	}

	/** The base URI a custom runtime's loop polls instead of the target's. */
	public URI baseUri() {
		return URI.create("http://127.0.0.1:" + port());
	}

	public int port() {
		return this.server.getAddress().getPort();
	}

	/** The next {@code count} polls fail: with {@code status}, or by dropping the connection when it is 0. */
	public void failNextPolls(int count, int status) {
		this.pollFaultStatus.set(status);
		this.pollFaults.set(count);
	}

	/** The next {@code count} answers (results and errors) fail with 503 and are not passed on. */
	public void failNextAnswers(int count) {
		this.answerFaults.set(count);
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String method = exchange.getRequestMethod();
			String path = exchange.getRequestURI().getRawPath();
			boolean poll = "GET".equals(method) && path.equals(this.paths.next());
			boolean answer = "POST".equals(method) && !path.equals(this.paths.initReady())
					&& !path.equals(this.paths.initError());
			if (poll && takeFault(this.pollFaults)) {
				int status = this.pollFaultStatus.get();
				if (status != 0) {
					exchange.sendResponseHeaders(status, -1);
				}
				// else closed without an answer: the poll sees its connection end
				return;
			}
			if (answer && takeFault(this.answerFaults)) {
				exchange.getRequestBody().readAllBytes();
				exchange.sendResponseHeaders(503, -1);
				return;
			}
			passOn(exchange, method);
		}
	}

	private static boolean takeFault(AtomicInteger faults) {
		return faults.getAndUpdate((left) -> Math.max(0, left - 1)) > 0;
	}

	private void passOn(HttpExchange exchange, String method) throws IOException {
		byte[] body;
		try (InputStream in = exchange.getRequestBody()) {
			body = in.readAllBytes();
		}
		URI uri = exchange.getRequestURI();
		String pathAndQuery = uri.getRawPath() + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
		HttpRequest.Builder request = HttpRequest.newBuilder(this.target.resolve(pathAndQuery))
			.method(method, HttpRequest.BodyPublishers.ofByteArray(body));
		exchange.getRequestHeaders().forEach((name, values) -> {
			if (!RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
				values.forEach((value) -> request.header(name, value));
			}
		});
		HttpResponse<byte[]> response;
		try {
			response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return;
		}
		response.headers().map().forEach((name, values) -> {
			if (!RESTRICTED.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
				exchange.getResponseHeaders().put(name, values);
			}
		});
		byte[] answer = response.body();
		exchange.sendResponseHeaders(response.statusCode(), (answer.length == 0) ? -1 : answer.length);
		if (answer.length > 0) {
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(answer);
			}
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.threads.shutdownNow();
	}

}
