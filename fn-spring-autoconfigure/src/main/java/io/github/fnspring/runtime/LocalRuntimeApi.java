package io.github.fnspring.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.fnspring.core.FunctionSelector;
import io.github.fnspring.core.HeaderValues;
import io.github.fnspring.core.RandomIds;
import io.github.fnspring.server.JdkHttpServerDefaults;
import io.github.fnspring.server.LocalRequestGuide;

/**
 * A Runtime API on this machine that behaves like a platform's: events wait in a queue,
 * {@code next} long-polls for one and hands it out with the vendor's headers, and each
 * invocation takes exactly one answer. Local runs use it so that events flow through the
 * real {@link RuntimeApiLoop}; tests use it to drive the loop over real sockets (the test kit
 * puts its {@code RuntimeApiFaults} in front of it to inject a platform's hiccups).
 *
 * <p>For people, {@code POST /invoke} submits its body as an event and answers with the
 * function's result (200) or the vendor's error body (500). The {@value #FUNCTION_HEADER}
 * header picks the exported function, since a Runtime API carries no function name.
 */
public final class LocalRuntimeApi implements AutoCloseable {

	/** Request header of {@code POST /invoke}, passed on with the event, that names the function to run. */
	public static final String FUNCTION_HEADER = FunctionSelector.LOCAL_FUNCTION_HEADER;

	/**
	 * Request header of {@code POST /invoke} that gives the invocation's request id (a new one
	 * when absent); the answer carries it back, so that a tool can find the invocation's log lines.
	 */
	public static final String REQUEST_ID_HEADER = "x-fn-request-id";

	/** Where people submit an event and wait for its answer. */
	public static final String INVOKE_PATH = "/invoke";

	private static final Logger logger = LoggerFactory.getLogger(LocalRuntimeApi.class);

	private final RuntimeApiPaths paths;

	private final RuntimeEventHeaders eventHeaders;

	private final BlockingQueue<Invocation> queue = new LinkedBlockingQueue<>();

	private final Map<String, Invocation> inFlight = new ConcurrentHashMap<>();

	private final AtomicReference<@Nullable Invocation> current = new AtomicReference<>();

	private final CountDownLatch initReady = new CountDownLatch(1);

	private final AtomicInteger refusedAnswers = new AtomicInteger();

	private final CompletableFuture<byte[]> initError = new CompletableFuture<>();

	private @Nullable HttpServer server;

	private @Nullable LocalRequestGuide guide;

	private @Nullable ExecutorService executor;

	/**
	 * @param paths the vendor's Runtime API paths
	 * @param eventHeaders the headers {@code next} sends with an event, given its request id
	 * and the headers it was submitted with
	 */
	public LocalRuntimeApi(RuntimeApiPaths paths, RuntimeEventHeaders eventHeaders) {
		this.paths = paths;
		this.eventHeaders = eventHeaders;
	}

	/**
	 * Answers requests plainly not meant for it (a browser's {@code GET /}, a mistyped
	 * {@code /invok}) with the guide's help, as a local run's HTTP protocols do.
	 */
	public LocalRuntimeApi guidedBy(LocalRequestGuide guide) {
		this.guide = guide;
		return this;
	}

	/**
	 * Starts listening; port 0 picks a free one. A closed Runtime API starts again with the
	 * events it still holds, as when an application context is stopped and started.
	 */
	public synchronized LocalRuntimeApi start(String address, int port) throws IOException {
		JdkHttpServerDefaults.apply();
		HttpServer started = HttpServer.create(new InetSocketAddress(address, port), 0);
		ExecutorService threads = Executors.newCachedThreadPool((task) -> {
			Thread thread = new Thread(task, "fn-local-runtime-api");
			thread.setDaemon(true);
			return thread;
		});
		started.createContext("/", this::handle);
		started.setExecutor(threads);
		started.start();
		this.server = started;
		this.executor = threads;
		return this;
	}

	public int port() {
		return started().getAddress().getPort();
	}

	/** The base URI a {@link RuntimeApiLoop} connects to. */
	public URI baseUri() {
		return URI.create("http://" + started().getAddress().getHostString() + ":" + port());
	}

	private HttpServer started() {
		HttpServer started = this.server;
		if (started == null) {
			throw new IllegalStateException("The local Runtime API is not started");
		}
		return started;
	}

	/** Queues an event under a new request id; the returned invocation completes with its answer. */
	public Invocation submit(byte[] event, Map<String, String> headers) {
		return submit(RandomIds.uuid(), event, headers);
	}

	/** Queues an event under the given request id. */
	public Invocation submit(String requestId, byte[] event, Map<String, String> headers) {
		Invocation invocation = new Invocation(requestId, event, Map.copyOf(headers));
		this.queue.add(invocation);
		return invocation;
	}

	/** Waits for the runtime to report that it is ready. */
	public boolean awaitInitReady(Duration timeout) throws InterruptedException {
		return this.initReady.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
	}

	/** Completes with the body of a reported initialization failure. */
	public CompletableFuture<byte[]> initError() {
		return this.initError;
	}

	/** Answers refused because their invocation was already answered or unknown. */
	public int refusedAnswers() {
		return this.refusedAnswers.get();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			// Raw: answers carry an encoded request id, compared as the runtime wrote it
			String path = exchange.getRequestURI().getRawPath();
			String method = exchange.getRequestMethod();
			if ("GET".equals(method) && path.equals(this.paths.next())) {
				next(exchange);
			}
			else if ("POST".equals(method) && path.equals(this.paths.initReady())) {
				this.initReady.countDown();
				send(exchange, 200, new byte[0]);
			}
			else if ("POST".equals(method) && path.equals(this.paths.initError())) {
				this.initError.complete(read(exchange));
				send(exchange, 202, new byte[0]);
			}
			else if ("POST".equals(method) && path.equals(INVOKE_PATH)) {
				invoke(exchange);
			}
			else if (this.guide != null && this.guide.answered(exchange)) {
				// answered with help
			}
			else if ("POST".equals(method)) {
				answer(exchange, path);
			}
			else {
				send(exchange, 404, new byte[0]);
			}
		}
	}

	private void next(HttpExchange exchange) throws IOException {
		Invocation invocation;
		try {
			invocation = this.queue.take();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return;
		}
		this.inFlight.put(invocation.requestId(), invocation);
		this.current.set(invocation);
		this.eventHeaders.headers(invocation.requestId(), invocation.headers())
			.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
		send(exchange, 200, invocation.event());
	}

	private void answer(HttpExchange exchange, String path) throws IOException {
		byte[] body = read(exchange);
		Invocation invocation = answeredInvocation(path);
		boolean success = invocation != null && path.equals(this.paths.responseFor(invocation.requestId()));
		if (invocation == null || !(success || path.equals(this.paths.errorFor(invocation.requestId())))
				|| !invocation.answer.complete(new Answer(success, body))) {
			this.refusedAnswers.incrementAndGet();
			send(exchange, 400, "no invocation awaits this answer".getBytes(StandardCharsets.UTF_8));
			return;
		}
		this.inFlight.remove(invocation.requestId());
		send(exchange, 202, new byte[0]);
	}

	/** The invocation an answer is for: named in its path, or else the one handed out last. */
	private @Nullable Invocation answeredInvocation(String path) {
		if (!this.paths.answersCarryRequestId()) {
			return this.current.get();
		}
		String id = path.substring(path.lastIndexOf('/') + 1);
		return this.inFlight.get(URLDecoder.decode(id.replace("+", "%2B"), StandardCharsets.UTF_8));
	}

	private void invoke(HttpExchange exchange) throws IOException {
		String function = exchange.getRequestHeaders().getFirst(FUNCTION_HEADER);
		String requestId = exchange.getRequestHeaders().getFirst(REQUEST_ID_HEADER);
		Invocation invocation = submit(HeaderValues.requestId(requestId), read(exchange),
				(function != null) ? Map.of(FUNCTION_HEADER, function) : Map.of());
		exchange.getResponseHeaders().set(REQUEST_ID_HEADER, invocation.requestId());
		try {
			Answer answer = invocation.answer().get(15, TimeUnit.MINUTES);
			send(exchange, answer.success() ? 200 : 500, answer.body());
		}
		catch (TimeoutException | java.util.concurrent.ExecutionException ex) {
			send(exchange, 504, "no answer from the runtime".getBytes(StandardCharsets.UTF_8));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static byte[] read(HttpExchange exchange) throws IOException {
		try (InputStream in = exchange.getRequestBody()) {
			return in.readAllBytes();
		}
	}

	private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
		exchange.sendResponseHeaders(status, (body.length == 0) ? -1 : body.length);
		if (body.length > 0) {
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		}
	}

	/** Stops listening; closing a closed Runtime API does nothing. */
	@Override
	public synchronized void close() {
		HttpServer started = this.server;
		ExecutorService threads = this.executor;
		this.server = null;
		this.executor = null;
		if (started != null) {
			started.stop(0);
		}
		if (threads != null) {
			threads.shutdownNow();
			logger.debug("Local Runtime API stopped");
		}
	}

	/**
	 * One submitted event.
	 * @param requestId the request id it is handed out with
	 * @param event the event body
	 * @param headers the headers it was submitted with
	 * @param answer completes with the runtime's answer
	 */
	public record Invocation(String requestId, byte[] event, Map<String, String> headers,
			CompletableFuture<Answer> answer) {

		Invocation(String requestId, byte[] event, Map<String, String> headers) {
			this(requestId, event, headers, new CompletableFuture<>());
		}

	}

	/**
	 * @param success whether the runtime posted a result (else an error)
	 * @param body what it posted
	 */
	public record Answer(boolean success, byte[] body) {

		public String bodyAsString() {
			return new String(this.body, StandardCharsets.UTF_8);
		}

	}

}
