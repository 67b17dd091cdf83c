package io.github.fnspring.console;

import java.io.IOException;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.function.context.catalog.SimpleFunctionRegistry.FunctionInvocationWrapper;

import io.github.fnspring.core.ExecutionSummary;
import io.github.fnspring.core.FunctionInvoker;
import io.github.fnspring.core.RandomIds;
import io.github.fnspring.core.ResidentMemory;
import io.github.fnspring.platform.FnPlatform;
import io.github.fnspring.platform.FnTransport;
import io.github.fnspring.platform.PlatformChoice;
import io.github.fnspring.runtime.LocalRuntimeApi;

/**
 * What the console does: lists the exported functions and the clouds served, and invokes a
 * function through a cloud's local transport exactly as a caller would (FC's {@code /invoke},
 * or the local Runtime API that feeds SCF's and FunctionGraph's poll loops), then reports the
 * answer or error body, the execution summary and the invocation's log lines. It keeps this
 * run's last {@value #HISTORY} invocations.
 */
final class LocalConsole {

	static final int MAX_OUTPUT_CHARS = 256 * 1024;

	static final int HISTORY = 50;

	/** What the history keeps of each event and output: 50 of them stay small. */
	static final int HISTORY_CHARS = 16 * 1024;

	/** Invocations from the console at once: it is one person's page. */
	private static final int CONCURRENT = 8;

	private final FunctionInvoker invoker;

	private final PlatformChoice choice;

	private final ObjectProvider<FnTransport> transports;

	private final int memoryMb;

	private final Duration timeout;

	private final @Nullable InvocationLogCapture logs;

	private final Semaphore slots;

	private final Deque<ConsoleInvocation> history = new ArrayDeque<>();

	private volatile @Nullable HttpClient client;

	/**
	 * @param memoryMb the memory a local run reports ({@code fn.local.memory-mb})
	 * @param timeout how long an invocation may take ({@code fn.local.timeout}), after which the
	 * console stops waiting
	 * @param logs the log capture, or {@code null} when the application does not log with Logback
	 * @param serverThreads the most requests a local server serves at once ({@code fn.server.max-threads}),
	 * or {@code null} when not configured: a console invocation through the server the page is on
	 * holds one of them while the invocation takes another
	 */
	LocalConsole(FunctionInvoker invoker, PlatformChoice choice, ObjectProvider<FnTransport> transports, int memoryMb,
			Duration timeout, @Nullable InvocationLogCapture logs, @Nullable Integer serverThreads) {
		this.slots = new Semaphore((serverThreads != null) ? Math.min(CONCURRENT, serverThreads / 2) : CONCURRENT);
		this.invoker = invoker;
		this.choice = choice;
		this.transports = transports;
		this.memoryMb = memoryMb;
		this.timeout = timeout;
		this.logs = logs;
	}

	/** The exported functions, with what they take and give. */
	List<FunctionDescription> functions() {
		List<FunctionDescription> functions = new ArrayList<>();
		for (String name : this.invoker.exportedNames()) {
			FunctionInvocationWrapper function = this.invoker.resolve(name).function();
			functions.add(new FunctionDescription(name, function.isSupplier() ? "none" : typeName(function.getInputType()),
					function.isConsumer() ? "none" : typeName(function.getOutputType())));
		}
		return functions;
	}

	/** The clouds, each with its triggers and whether this run serves it. */
	List<CloudDescription> clouds() {
		List<String> served = this.choice.served().stream().map(FnPlatform::id).toList();
		return SampleEvents.TRIGGERS.entrySet()
			.stream()
			.map((cloud) -> new CloudDescription(cloud.getKey(), served.contains(cloud.getKey()), cloud.getValue()))
			.toList();
	}

	boolean capturesLogs() {
		return this.logs != null;
	}

	/**
	 * Sends an event through the cloud's local transport and reports what that cloud's console
	 * would show.
	 * @throws IllegalArgumentException for a cloud not served in this run, or an unknown function
	 * @throws BusyException when the console runs as many invocations as it may already
	 */
	ConsoleInvocation invoke(String cloud, String function, String trigger, String event)
			throws IOException, InterruptedException {
		if (!this.invoker.exportedNames().contains(function)) {
			throw new IllegalArgumentException("No exported function is called '" + function + "'");
		}
		int port = port(cloud);
		if (!this.slots.tryAcquire()) {
			throw new BusyException((this.slots.availablePermits() == 0 && CONCURRENT > 0)
					? "The console runs as many invocations at once as it may (at most " + CONCURRENT
							+ ", and half of fn.server.max-threads, which must be 2 or more for the console to invoke)"
					: "The console is busy");
		}
		try {
			return send(cloud, port, function, trigger, event);
		}
		finally {
			this.slots.release();
		}
	}

	/** This run's invocations, newest first. */
	List<ConsoleInvocation> history() {
		synchronized (this.history) {
			return List.copyOf(this.history);
		}
	}

	Optional<ConsoleInvocation> invocation(String requestId) {
		return history().stream().filter((past) -> past.summary().requestId().equals(requestId)).findFirst();
	}

	private ConsoleInvocation send(String cloud, int port, String function, String trigger, String event)
			throws IOException, InterruptedException {
		String requestId = "console-" + RandomIds.uuid();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + LocalRuntimeApi.INVOKE_PATH))
			.timeout(this.timeout.plusSeconds(5))
			.header(LocalRuntimeApi.FUNCTION_HEADER, function)
			// the request id header of FC's protocol, and of the local Runtime API
			.header("x-fc-request-id", requestId)
			.header(LocalRuntimeApi.REQUEST_ID_HEADER, requestId)
			.header("Content-Type", looksLikeJson(event) ? "application/json" : "text/plain;charset=UTF-8")
			.POST(HttpRequest.BodyPublishers.ofString(event, StandardCharsets.UTF_8))
			.build();
		if (this.logs != null) {
			this.logs.watch(requestId);
		}
		long start = System.nanoTime();
		HttpResponse<String> response;
		String lines;
		try {
			response = client().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		finally {
			// the answer has been written, so every line of the invocation has been logged
			lines = (this.logs != null) ? this.logs.release(requestId) : "";
		}
		Duration duration = Duration.ofNanos(System.nanoTime() - start);
		ExecutionSummary summary = new ExecutionSummary(requestId, this.memoryMb, duration, ResidentMemory.megabytes(),
				ExecutionSummary.billed(duration));
		String output = response.body();
		boolean truncated = output.length() > MAX_OUTPUT_CHARS;
		ConsoleInvocation invocation = new ConsoleInvocation(Instant.now(), function, cloud, trigger, event,
				response.statusCode(), response.statusCode() < 300,
				truncated ? output.substring(0, MAX_OUTPUT_CHARS) : output, truncated, summary, lines);
		remember(new ConsoleInvocation(invocation.at(), function, cloud, trigger, cut(event), invocation.status(),
				invocation.success(), cut(invocation.output()), invocation.outputTruncated()
						|| invocation.output().length() > HISTORY_CHARS, summary, lines));
		return invocation;
	}

	private void remember(ConsoleInvocation invocation) {
		synchronized (this.history) {
			this.history.addFirst(invocation);
			while (this.history.size() > HISTORY) {
				this.history.removeLast();
			}
		}
	}

	private int port(String cloud) {
		return this.transports.orderedStream()
			.filter((transport) -> transport.platform().equals(cloud))
			.map(FnTransport::port)
			.filter((port) -> port.isPresent())
			.map((port) -> port.getAsInt())
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(cloud + " is not served in this local run: add it to "
					+ "fn.local.platforms, for example fn.local.platforms=tencent,huawei"));
	}

	private HttpClient client() {
		HttpClient current = this.client;
		if (current == null) {
			synchronized (this) {
				current = this.client;
				if (current == null) {
					current = HttpClient.newBuilder()
						.version(HttpClient.Version.HTTP_1_1)
						.connectTimeout(Duration.ofSeconds(5))
						.build();
					this.client = current;
				}
			}
		}
		return current;
	}

	private static String cut(String text) {
		return (text.length() > HISTORY_CHARS) ? text.substring(0, HISTORY_CHARS) : text;
	}

	private static boolean looksLikeJson(String event) {
		String trimmed = event.strip();
		return trimmed.startsWith("{") || trimmed.startsWith("[") || trimmed.startsWith("\"");
	}

	private static String typeName(@Nullable Type type) {
		return (type != null) ? type.getTypeName() : "Object";
	}

	/** The console runs as many invocations at once as it may. */
	static final class BusyException extends RuntimeException {

		BusyException(String message) {
			super(message);
		}

	}

	/** An exported function, with its input and output types ({@code none} for a supplier's input or a consumer's output). */
	record FunctionDescription(String name, String input, String output) {
	}

	/** A cloud, whether this run serves it, and the triggers whose sample events the console has. */
	record CloudDescription(String id, boolean served, List<String> triggers) {
	}

}
