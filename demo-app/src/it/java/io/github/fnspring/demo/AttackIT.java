package io.github.fnspring.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import io.github.fnspring.huawei.FgRuntimeApi;
import io.github.fnspring.runtime.LocalRuntimeApi;

/**
 * The attack suite: each scenario starts a built package through its own {@code bootstrap},
 * as its cloud starts it, attacks it over loopback, checks what must hold and appends its
 * figures to {@code target/attack-report.md}.
 *
 * <p>{@code -Dattack.scale=quick} (the default, a couple of minutes on two cores, run by
 * every {@code mvn verify}) or {@code full} (the long run of {@code benchmarks/attack.sh full}).
 * Every loop is bounded in count and time, and every socket goes to 127.0.0.1.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AttackIT {

	private static final Scale SCALE = Scale.fromSystemProperty();

	private static final Path FC_PACKAGE = Path.of("target", "fn", "aliyun.zip");

	private static final Path FG_CUSTOM_PACKAGE = Path.of("target", "fn", "huawei-custom.zip");

	/** The demo's exported functions, the alphabet of the compositions the flood names. */
	private static final String[] EXPORTED = { "uppercase", "order", "whoami", "echo", "fail", "tick" };

	/** FC's default request size limit, which the package does not change. */
	private static final int FC_MAX_REQUEST_BYTES = 32 * 1024 * 1024;

	/** Class names that may appear in an answer: the errorType of FC's documented error body for rejected input. */
	private static final Set<String> DOCUMENTED_ERROR_TYPES = Set.of("io.github.fnspring.core.InvalidInputException",
			"io.github.fnspring.core.UnknownFunctionException");

	/** Runs of name characters, checked one by one: linear even on megabytes of letters. */
	private static final Pattern NAME_RUN = Pattern.compile("[\\w$.]+");

	private static final Pattern NON_EMPTY_STACK = Pattern.compile("\"stackTrace\"\\s*:\\s*\\[\\s*\"");

	private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

	@TempDir
	Path work;

	@BeforeAll
	static void beginReport() {
		AttackReport.begin(SCALE.name());
	}

	// ---------------------------------------------------------------------------------------
	// 1. Function-name flood

	@Test
	@Order(1)
	@Timeout(value = 15, unit = TimeUnit.MINUTES)
	void functionNameFlood() throws Exception {
		Row row = new Row("1. Function-name flood", "aliyun.zip, 128 MB (-Xmx64m)");
		try (Instance fc = startFc("flood", Map.of("FC_FUNCTION_NAME", "uppercase", "FC_FUNCTION_MEMORY_SIZE", "128"))) {
			HttpClient client = client();
			HttpResponse<String> first = invoke(client, fc.port, Map.of(), "warm-up");
			long rssBeforeKb = fc.status("VmRSS");
			int requests = SCALE.floodRequests();
			AtomicInteger next = new AtomicInteger();
			AtomicInteger defaultAnswers = new AtomicInteger();
			AtomicInteger otherAnswers = new AtomicInteger();
			AtomicInteger lost = new AtomicInteger();
			ConcurrentLinkedQueue<String> samples = new ConcurrentLinkedQueue<>();
			long started = System.nanoTime();
			runSenders(8, Duration.ofMinutes(10), () -> {
				for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
					String text = "flood-" + i;
					String name = composition(i);
					try {
						HttpResponse<String> response = invoke(client, fc.port, Map.of("x-fc-function-name", name), text);
						if (response.statusCode() == 200 && response.body().equals(text.toUpperCase())) {
							defaultAnswers.incrementAndGet();
						}
						else {
							otherAnswers.incrementAndGet();
							sample(samples, name + " -> " + response.statusCode() + " " + response.body());
						}
					}
					catch (IOException ex) {
						lost.incrementAndGet();
						sample(samples, name + " -> " + ex);
					}
				}
				return null;
			});
			double seconds = (System.nanoTime() - started) / 1e9;
			HttpResponse<String> plain = invoke(client, fc.port, Map.of(), "plain");
			long hwmKb = fc.status("VmHWM");
			long rssAfterKb = fc.status("VmRSS");
			boolean alive = fc.process.isAlive();
			row.sent(requests + " `POST /invoke`, each with its own composition of exported names in "
					+ "`x-fc-function-name` (e.g. `" + composition(requests - 1) + "`)");
			row.figures(String.format(Locale.ROOT,
					"answered with the default function's output: %d/%d; other answers: %d; lost: %d; %.1f s; "
							+ "plain request after: %d %s; VmRSS %s → %s; VmHWM %s",
					defaultAnswers.get(), requests, otherAnswers.get(), lost.get(), seconds, plain.statusCode(),
					plain.body(), mb(rssBeforeKb), mb(rssAfterKb), mb(hwmKb)));
			SoftAssertions softly = new SoftAssertions();
			softly.assertThat(first.body()).as("warm-up").isEqualTo("WARM-UP");
			softly.assertThat(defaultAnswers.get()).as("answers with the default function's output; %s", samples)
				.isEqualTo(requests);
			softly.assertThat(lost.get()).as("lost answers").isZero();
			softly.assertThat(plain.statusCode()).as("plain request after the flood").isEqualTo(200);
			softly.assertThat(plain.body()).as("plain request after the flood").isEqualTo("PLAIN");
			softly.assertThat(alive).as("process alive").isTrue();
			row.finish(softly, fc);
		}
		finally {
			row.writeIfMissing();
		}
	}

	/** A composition of exported names, distinct for every {@code i}: its digits in base 6. */
	static String composition(int i) {
		StringBuilder name = new StringBuilder("uppercase|order");
		int rest = i;
		do {
			name.append('|').append(EXPORTED[rest % EXPORTED.length]);
			rest /= EXPORTED.length;
		}
		while (rest > 0);
		return name.toString();
	}

	// ---------------------------------------------------------------------------------------
	// 2. Hostile request ids

	@Test
	@Order(2)
	@Timeout(value = 15, unit = TimeUnit.MINUTES)
	void hostileRequestIds() throws Exception {
		Row row = new Row("2. Hostile request ids", "huawei-custom.zip (custom runtime) against LocalRuntimeApi");
		String[] ids = { "a b", "%zz", "{id}", "a?b=c", "a#b", "../", "../../v1/runtime/invocation/response/x", "..",
				".", "/", "a/b", "a%2Fb", "a+b", "a;b", "a\\b", "\u00e9t\u00e9" };
		try (LocalRuntimeApi functionGraph = new LocalRuntimeApi(FgRuntimeApi.PATHS, FgRuntimeApi::eventHeaders)
			.start("127.0.0.1", 0)) {
			try (Instance runtime = start(FG_CUSTOM_PACKAGE, "hostile",
					Map.of("RUNTIME_API_ADDR", "127.0.0.1:" + functionGraph.port(), "RUNTIME_FUNC_NAME", "uppercase",
							"RUNTIME_TIMEOUT", "10", "RUNTIME_MEMORY", "128"),
					0)) {
				int events = 0;
				int rounds = 0;
				int ownAnswers = 0;
				int wrongAnswers = 0;
				int unanswered = 0;
				List<String> samples = new ArrayList<>();
				long started = System.nanoTime();
				for (int round = 0; round < SCALE.hostileRounds() && unanswered == 0; round++) {
					rounds++;
					Map<String, LocalRuntimeApi.Invocation> batch = new LinkedHashMap<>();
					for (String id : ids) {
						batch.put(id, functionGraph.submit(id,
								("event " + round + " for " + id).getBytes(StandardCharsets.UTF_8), Map.of()));
						events++;
					}
					awaitAll(batch.values().stream().map(LocalRuntimeApi.Invocation::answer).toList(),
							Duration.ofSeconds(30));
					for (Map.Entry<String, LocalRuntimeApi.Invocation> entry : batch.entrySet()) {
						CompletableFuture<LocalRuntimeApi.Answer> answer = entry.getValue().answer();
						String expected = ("event " + round + " for " + entry.getKey()).toUpperCase();
						if (!answer.isDone()) {
							unanswered++;
							samples.add("'" + entry.getKey() + "' unanswered");
						}
						else if (answer.get().success() && answer.get().bodyAsString().equals(expected)) {
							ownAnswers++;
						}
						else {
							wrongAnswers++;
							samples.add("'" + entry.getKey() + "' -> " + answer.get().success() + " "
									+ answer.get().bodyAsString());
						}
					}
				}
				double seconds = (System.nanoTime() - started) / 1e9;
				CompletableFuture<LocalRuntimeApi.Answer> afterAnswer = functionGraph
					.submit("plain-after", "after".getBytes(StandardCharsets.UTF_8), Map.of())
					.answer();
				awaitAll(List.of(afterAnswer), Duration.ofSeconds(30));
				LocalRuntimeApi.Answer after = afterAnswer.getNow(new LocalRuntimeApi.Answer(false, new byte[0]));
				int refused = functionGraph.refusedAnswers();
				boolean alive = runtime.process.isAlive();
				long hwmKb = runtime.status("VmHWM");
				row.sent(events + " events in " + rounds + " rounds of " + ids.length + " ids: "
						+ Arrays.stream(ids).map((id) -> "`" + id + "`").collect(Collectors.joining(" ")));
				row.figures(String.format(Locale.ROOT,
						"answered to their own id: %d/%d; answered wrongly: %d; unanswered: %d; refused answers: %d; "
								+ "%.1f s; plain event after: %s; process alive: %s; VmHWM %s",
						ownAnswers, events, wrongAnswers, unanswered, refused, seconds,
						after.success() ? after.bodyAsString() : "failed", alive, mb(hwmKb)));
				SoftAssertions softly = new SoftAssertions();
				softly.assertThat(ownAnswers).as("events answered to their own id; %s", samples).isEqualTo(events);
				softly.assertThat(refused).as("answers the Runtime API refused").isZero();
				softly.assertThat(after.success() && after.bodyAsString().equals("AFTER")).as("plain event after").isTrue();
				softly.assertThat(alive).as("process alive").isTrue();
				row.finish(softly, runtime);
			}
		}
		finally {
			row.writeIfMissing();
		}
	}

	// ---------------------------------------------------------------------------------------
	// 3. Malformed input

	@Test
	@Order(3)
	@Timeout(value = 10, unit = TimeUnit.MINUTES)
	void malformedInput() throws Exception {
		Row row = new Row("3. Malformed input", "aliyun.zip, 128 MB (-Xmx64m); a local run for the unknown function");
		List<Probe> probes = new ArrayList<>();
		SoftAssertions softly = new SoftAssertions();
		try {
			runMalformedClasses(row, probes, softly);
		}
		finally {
			row.writeIfMissing();
		}
	}

	private void runMalformedClasses(Row row, List<Probe> probes, SoftAssertions softly) throws Exception {
		try (Instance fc = startFc("malformed", Map.of("FC_FUNCTION_NAME", "uppercase", "FC_FUNCTION_MEMORY_SIZE", "128"))) {
			HttpClient client = client();
			int port = fc.port;
			probes.add(probe(fc, client, "truncated body (Content-Length 100, 10 bytes sent, output shut down)", 404,
					"The request body could not be read",
					raw(port, request("POST /invoke", "Content-Length: 100", "only ten b"))));
			probes.add(probe(fc, client, "bad chunking, event (`POST /invoke`, chunk size `zz`)", 404,
					"The request body could not be read", raw(port,
							request("POST /invoke", "Transfer-Encoding: chunked", "zz\r\nhello\r\n0\r\n\r\n"))));
			probes.add(probe(fc, client, "bad chunking, HTTP trigger (`POST /orders` to echo, chunk size `zz`)", 400,
					"The request body could not be read", raw(port, request("POST /orders",
							"x-fc-function-name: echo\r\nTransfer-Encoding: chunked", "zz\r\nhello\r\n0\r\n\r\n"))));
			String base64Event = "{\"version\":\"v1\",\"rawPath\":\"/example\",\"body\":\"!!!\",\"isBase64Encoded\":true,"
					+ "\"headers\":{\"content-type\":\"text/plain\"},\"queryParameters\":{},\"requestContext\":"
					+ "{\"requestId\":\"r-1\",\"http\":{\"method\":\"POST\",\"path\":\"/example\"}}}";
			probes.add(probe(fc, client, "HTTP-trigger event marked base64 with body `!!!`", 404,
					"marked base64 but is not",
					RawResponse.of(invoke(client, port, Map.of(), base64Event))));
			HttpResponse<String> timeout = invoke(client, port,
					Map.of("x-fc-function-name", "whoami", "x-fc-function-timeout", "9223372036854775807"), "");
			Probe timeoutProbe = probe(fc, client, "`x-fc-function-timeout: 9223372036854775807` (to whoami)", 200,
					"remainingMillis", RawResponse.of(timeout));
			long remaining = jsonLong(timeout.body(), "remainingMillis");
			timeoutProbe.note = "remainingMillis " + remaining;
			softly.assertThat(remaining).as("remainingMillis under a timeout of 2^63-1 s").isBetween(1L, 86_400_000L);
			probes.add(timeoutProbe);
			HttpResponse<String> memory = invoke(client, port,
					Map.of("x-fc-function-name", "whoami", "x-fc-function-memory", "4294967295"), "");
			Probe memoryProbe = probe(fc, client, "`x-fc-function-memory: 4294967295` (to whoami)", 200,
					"memoryLimitMb", RawResponse.of(memory));
			long memoryMb = jsonLong(memory.body(), "memoryLimitMb");
			memoryProbe.note = "memoryLimitMb " + memoryMb;
			softly.assertThat(memoryMb).as("memoryLimitMb under x-fc-function-memory 4294967295").isBetween(1L, 1_048_576L);
			probes.add(memoryProbe);
			RawResponse overFcLimit = RawResponse.of(sendBytes(client, port, FC_MAX_REQUEST_BYTES + 1));
			probes.add(probe(fc, client, "oversized body: 32 MiB + 1 byte, over FC's limit", 404, "larger than the limit",
					overFcLimit));
			// The limit in force (FC's, or less on a small heap), as the rejection states it
			long limit = jsonLong(overFcLimit.body().replaceAll("larger than the limit of (\\d+) bytes",
					"\"limit\":$1"), "limit");
			softly.assertThat(limit).as("the limit stated by the rejection: %s", overFcLimit).isBetween(1L,
					(long) FC_MAX_REQUEST_BYTES);
			if (limit > 0 && limit <= FC_MAX_REQUEST_BYTES) {
				Probe overLimit = probe(fc, client, "oversized body: the limit in force + 1 byte", 404,
						"larger than the limit", RawResponse.of(sendBytes(client, port, (int) limit + 1)));
				overLimit.note = "limit " + limit + " bytes";
				probes.add(overLimit);
				HttpResponse<String> atLimit = sendBytes(client, port, (int) limit);
				Probe boundary = probe(fc, client, "boundary check, not malformed: a body of exactly the limit", 200, "AAAA",
						RawResponse.of(atLimit));
				boundary.note = (atLimit.statusCode() == 200 && atLimit.body().length() == limit)
						? "answered in full, " + limit + " bytes" : "answer of " + atLimit.body().length() + " chars";
				boundary.boundary = true;
				softly.assertThat(atLimit.body().length()).as("length of the answer to a body of the limit").isEqualTo(limit);
				probes.add(boundary);
			}
			StringBuilder manyHeaders = new StringBuilder("{\"version\":\"v1\",\"rawPath\":\"/example\",\"body\":\"x\","
					+ "\"isBase64Encoded\":false,\"queryParameters\":{},\"requestContext\":{\"requestId\":\"r-2\","
					+ "\"http\":{\"method\":\"POST\",\"path\":\"/example\"}},\"headers\":{");
			for (int i = 0; i < 100_000; i++) {
				manyHeaders.append((i == 0) ? "" : ",").append("\"x-h").append(i).append("\":\"v\"");
			}
			manyHeaders.append("}}");
			probes.add(probe(fc, client, "HTTP-trigger event with 100,000 headers ("
					+ manyHeaders.length() / 1024 + " KB)", 404, "too many entries",
					RawResponse.of(invoke(client, port, Map.of(), manyHeaders.toString()))));
			probes.add(probe(fc, client, "JSON nested 100,000 deep to order", 404, "not valid JSON",
					RawResponse.of(invoke(client, port, Map.of("x-fc-function-name", "order"),
							"{\"orderId\":" + "[".repeat(100_000)))));
			probes.add(probe(fc, client, "invalid JSON to order (`{\"orderId\":`)", 404, "not valid JSON",
					RawResponse.of(invoke(client, port, Map.of("x-fc-function-name", "order"), "{\"orderId\":"))));
			// Answered by the JDK's HTTP server before fn-spring sees the request: reported, not asserted
			probes.add(observe(fc, client, "non-numeric Content-Length (JDK server)",
					raw(port, request("POST /invoke", "Content-Length: abc", "hello"))));
			probes.add(observe(fc, client, "garbage request line (JDK server)",
					raw(port, "GARBAGE\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1))));
			row.figures(String.format(Locale.ROOT, "process alive after all: %s; VmHWM %s; ", fc.process.isAlive(),
					mb(fc.status("VmHWM"))));
			softly.assertThat(fc.process.isAlive()).as("FC process alive").isTrue();
		}
		// The unknown function: only a local run rejects a name (on FC the name is the cloud function's)
		try (Instance local = start(FC_PACKAGE, "malformed-local", Map.of("FN_SERVER_ADDRESS", "127.0.0.1"), -1)) {
			HttpClient client = client();
			probes.add(probe(local, client, "unknown function `nope` in a local run (no FC environment)", 404,
					"No function named 'nope'",
					RawResponse.of(invoke(client, local.port, Map.of("x-fc-function-name", "nope"), "x"))));
		}
		long malformed = probes.stream().filter((probe) -> !probe.boundary).count();
		long observed = probes.stream().filter((probe) -> !probe.asserted).count();
		row.sent(malformed + " malformed classes tried (" + (malformed - observed) + " asserted, " + observed
				+ " answered by the JDK server before fn-spring and only reported) and 1 boundary check, "
				+ "each followed by a plain request");
		row.figures(row.figures + probes.stream().map(Probe::toString).collect(Collectors.joining("; ")));
		for (Probe probe : probes) {
			softly.assertThat(probe.stackFrames).as("stack frames in the answer to: %s%n%s", probe.name, probe.response)
				.isFalse();
			softly.assertThat(probe.servedAfter).as("plain request served after: %s", probe.name).isTrue();
			if (probe.asserted) {
				softly.assertThat(probe.response.status()).as("status for: %s%n%s", probe.name, probe.response)
					.isEqualTo(probe.expectedStatus);
				softly.assertThat(probe.response.text()).as("answer to: %s", probe.name).contains(probe.expectedText);
				softly.assertThat(probe.classNames).as("class names in the answer to: %s%n%s", probe.name, probe.response)
					.isSubsetOf(DOCUMENTED_ERROR_TYPES);
			}
		}
		row.finish(softly, null);
	}

	/** One malformed class: what came back, and whether the instance served a plain request after it. */
	private static final class Probe {

		final String name;

		final int expectedStatus;

		final String expectedText;

		final boolean asserted;

		final RawResponse response;

		final boolean stackFrames;

		final Set<String> classNames;

		final boolean servedAfter;

		String note;

		boolean boundary;

		Probe(String name, int expectedStatus, String expectedText, boolean asserted, RawResponse response,
				boolean servedAfter) {
			this.name = name;
			this.expectedStatus = expectedStatus;
			this.expectedText = expectedText;
			this.asserted = asserted;
			this.response = response;
			this.stackFrames = response.text().contains("\tat ") || NON_EMPTY_STACK.matcher(response.text()).find();
			this.classNames = classNames(response.text());
			this.servedAfter = servedAfter;
		}

		@Override
		public String toString() {
			return this.name + ": " + this.response.status() + ((this.note != null) ? " (" + this.note + ")" : "")
					+ (this.stackFrames ? ", STACK FRAMES" : "")
					+ (this.classNames.isEmpty() ? "" : ", class names in the answer: " + String.join(" ", this.classNames))
					+ (this.servedAfter ? "" : ", NOT SERVED AFTER");
		}

	}

	private Probe probe(Instance instance, HttpClient client, String name, int expectedStatus, String expectedText,
			RawResponse response) throws Exception {
		return new Probe(name, expectedStatus, expectedText, true, response, servesAfter(instance, client));
	}

	private Probe observe(Instance instance, HttpClient client, String name, RawResponse response) throws Exception {
		return new Probe(name, 0, "", false, response, servesAfter(instance, client));
	}

	private static boolean servesAfter(Instance instance, HttpClient client) throws Exception {
		try {
			HttpResponse<String> response = invoke(client, instance.port, Map.of("x-fc-function-name", "uppercase"),
					"still serving");
			return response.statusCode() == 200 && response.body().equals("STILL SERVING");
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static Set<String> classNames(String text) {
		Set<String> names = new LinkedHashSet<>();
		Matcher matcher = NAME_RUN.matcher(text);
		while (matcher.find()) {
			String run = matcher.group();
			boolean named = (run.endsWith("Exception") && run.length() > "Exception".length())
					|| (run.endsWith("Error") && run.length() > "Error".length());
			if (named && Character.isLetter(run.charAt(0)) && run.length() < 200) {
				names.add(run);
			}
		}
		return names;
	}

	private static long jsonLong(String json, String field) {
		Matcher matcher = Pattern.compile("\"" + field + "\"\\s*:\\s*(-?\\d+)").matcher(json);
		return matcher.find() ? Long.parseLong(matcher.group(1)) : Long.MIN_VALUE;
	}

	// ---------------------------------------------------------------------------------------
	// 4. Slow connections

	@Test
	@Order(4)
	@Timeout(value = 10, unit = TimeUnit.MINUTES)
	void slowConnections() throws Exception {
		int threads = 8;
		Row row = new Row("4. Slow connections", "aliyun.zip, `FN_SERVER_MAX_THREADS=" + threads + "`");
		int count = SCALE.slowConnections();
		List<Socket> sockets = new ArrayList<>();
		ExecutorService readers = Executors.newFixedThreadPool(Math.min(count, 256));
		try (Instance fc = startFc("slow", Map.of("FC_FUNCTION_NAME", "uppercase", "FN_SERVER_MAX_THREADS",
				Integer.toString(threads)))) {
			HttpClient client = client();
			invoke(client, fc.port, Map.of(), "warm-up");
			List<Future<Cut>> cuts = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				Socket socket = new Socket();
				sockets.add(socket);
				socket.connect(new InetSocketAddress("127.0.0.1", fc.port), 5000);
				socket.setSoTimeout(60_000);
				long sent = System.nanoTime();
				socket.getOutputStream()
					.write(("POST /invoke HTTP/1.1\r\nx-fc-request-id: slow-" + i + "\r\n")
						.getBytes(StandardCharsets.ISO_8859_1));
				cuts.add(readers.submit(() -> awaitCut(socket, sent)));
			}
			// A well-behaved request that arrives while the slow ones hold the threads: reported only
			long duringSent = System.nanoTime();
			CompletableFuture<HttpResponse<String>> during = client.sendAsync(
					HttpRequest.newBuilder(uri(fc.port, "/invoke"))
						.timeout(REQUEST_TIMEOUT)
						.POST(HttpRequest.BodyPublishers.ofString("during"))
						.build(),
					HttpResponse.BodyHandlers.ofString());
			List<Cut> results = new ArrayList<>();
			for (Future<Cut> cut : cuts) {
				results.add(cut.get(90, TimeUnit.SECONDS));
			}
			String duringOutcome;
			try {
				HttpResponse<String> response = during.get(90, TimeUnit.SECONDS);
				duringOutcome = response.statusCode() + " " + response.body() + " after "
						+ seconds(System.nanoTime() - duringSent);
			}
			catch (ExecutionException ex) {
				duringOutcome = "failed after " + seconds(System.nanoTime() - duringSent) + ": " + ex.getCause();
			}
			long afterSent = System.nanoTime();
			HttpResponse<String> after = invoke(client, fc.port, Map.of(), "after");
			double afterSeconds = (System.nanoTime() - afterSent) / 1e9;
			long closed = results.stream().filter(Cut::closed).count();
			long answered = results.stream().filter((cut) -> cut.bytes() > 0).count();
			double[] times = results.stream().filter(Cut::closed).mapToDouble(Cut::seconds).sorted().toArray();
			row.sent(count + " connections sending `POST /invoke HTTP/1.1` and one header, then nothing; "
					+ "one normal request while they are held, one after");
			row.figures(String.format(Locale.ROOT,
					"held: %d; closed by the server: %d; of them with an answer first: %d; time to cut median %.1f s "
							+ "(min %.1f, max %.1f); normal request during the hold: %s; after: %d %s in %.2f s",
					count, closed, answered, percentile(times, 50), (times.length > 0) ? times[0] : Double.NaN,
					(times.length > 0) ? times[times.length - 1] : Double.NaN, duringOutcome, after.statusCode(),
					after.body(), afterSeconds));
			SoftAssertions softly = new SoftAssertions();
			softly.assertThat(closed).as("slow connections closed by the server").isEqualTo(count);
			softly.assertThat(percentile(times, 50)).as("median time to cut, s (fn.server.max-request-time 10 s)")
				.isBetween(8.0, 20.0);
			softly.assertThat(after.statusCode()).as("normal request after").isEqualTo(200);
			softly.assertThat(after.body()).as("normal request after").isEqualTo("AFTER");
			row.finish(softly, fc);
		}
		finally {
			row.writeIfMissing();
			for (Socket socket : sockets) {
				socket.close();
			}
			readers.shutdownNow();
		}
	}

	/** How a slow connection ended: closed by the server after so long, and what it said first. */
	record Cut(boolean closed, double seconds, int bytes) {
	}

	private static Cut awaitCut(Socket socket, long sent) {
		int bytes = 0;
		try {
			InputStream in = socket.getInputStream();
			byte[] buffer = new byte[1024];
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				bytes += read;
			}
			return new Cut(true, (System.nanoTime() - sent) / 1e9, bytes);
		}
		catch (SocketTimeoutException ex) {
			return new Cut(false, (System.nanoTime() - sent) / 1e9, bytes);
		}
		catch (IOException ex) {
			// reset by the server: cut as well
			return new Cut(true, (System.nanoTime() - sent) / 1e9, bytes);
		}
	}

	// ---------------------------------------------------------------------------------------
	// 5. 200-way load on 128 MB

	@Test
	@Order(5)
	@Timeout(value = 15, unit = TimeUnit.MINUTES)
	void concurrentLoadOn128Mb() throws Exception {
		Row row = new Row("5. 200-way load on 128 MB", "aliyun.zip, 128 MB (-Xmx64m)");
		try (Instance fc = startFc("load", Map.of("FC_FUNCTION_NAME", "order", "FC_FUNCTION_MEMORY_SIZE", "128"))) {
			HttpClient client = client();
			HttpResponse<String> first = invoke(client, fc.port, Map.of(), order(-1));
			int total = SCALE.loadInvocations();
			int concurrency = SCALE.loadConcurrency();
			long[] latencies = new long[total];
			Arrays.fill(latencies, -1);
			AtomicInteger next = new AtomicInteger();
			AtomicInteger answered = new AtomicInteger();
			AtomicInteger wrong = new AtomicInteger();
			AtomicInteger lost = new AtomicInteger();
			ConcurrentLinkedQueue<String> samples = new ConcurrentLinkedQueue<>();
			long started = System.nanoTime();
			runSenders(concurrency, Duration.ofMinutes(10), () -> {
				for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
					long sent = System.nanoTime();
					try {
						HttpResponse<String> response = invoke(client, fc.port, Map.of(), order(i));
						latencies[i] = System.nanoTime() - sent;
						if (response.statusCode() == 200 && response.body().contains("\"orderId\":\"o-" + i + "\"")
								&& response.body().contains("\"total\":7.5")) {
							answered.incrementAndGet();
						}
						else {
							wrong.incrementAndGet();
							sample(samples, i + " -> " + response.statusCode() + " " + response.body());
						}
					}
					catch (IOException ex) {
						lost.incrementAndGet();
						sample(samples, i + " -> " + ex);
					}
				}
				return null;
			});
			double seconds = (System.nanoTime() - started) / 1e9;
			double[] millis = Arrays.stream(latencies).filter((nanos) -> nanos >= 0).mapToDouble((nanos) -> nanos / 1e6)
				.sorted()
				.toArray();
			long hwmKb = fc.status("VmHWM");
			row.sent(total + " `order` invocations, " + concurrency + " concurrent (" + concurrency
					+ " sender threads, one HTTP/1.1 client)");
			row.figures(String.format(Locale.ROOT,
					"answered: %d/%d; wrong: %d; lost: %d; %.1f s (%.0f/s); latency p50 %.1f ms, p99 %.1f ms, max %.1f ms; "
							+ "VmHWM %s (%s 128 MB)",
					answered.get(), total, wrong.get(), lost.get(), seconds, total / seconds, percentile(millis, 50),
					percentile(millis, 99), (millis.length > 0) ? millis[millis.length - 1] : Double.NaN, mb(hwmKb),
					(hwmKb < 0) ? "?" : (hwmKb / 1024 <= 128) ? "within" : "over"));
			SoftAssertions softly = new SoftAssertions();
			softly.assertThat(first.statusCode()).as("first order").isEqualTo(200);
			softly.assertThat(answered.get()).as("order invocations answered with their receipt; %s", samples)
				.isEqualTo(total);
			softly.assertThat(fc.process.isAlive()).as("process alive").isTrue();
			row.finish(softly, fc);
		}
		finally {
			row.writeIfMissing();
		}
	}

	private static String order(int i) {
		return "{\"orderId\":\"o-" + i + "\",\"sku\":\"tea\",\"quantity\":3,\"unitPrice\":2.5}";
	}

	// ---------------------------------------------------------------------------------------
	// 6. Shutdown under load

	/**
	 * Invocations of the demo's {@code pause} (3 s, within the shutdown grace period) in
	 * flight when SIGTERM comes: each must be answered or logged, and the process must exit.
	 * {@code -Dattack.slow-function=<name>} and {@code -Dattack.slow-event=<body>} choose
	 * another function.
	 */
	@Test
	@Order(6)
	@Timeout(value = 5, unit = TimeUnit.MINUTES)
	void shutdownUnderLoad() throws Exception {
		shutdown(new Row("6. Shutdown (SIGTERM) under load", "aliyun.zip"),
				System.getProperty("attack.slow-function", "pause"), System.getProperty("attack.slow-event", "3000"),
				Map.of());
	}

	/**
	 * Invocations that outlast the shutdown grace period (2 s here) when SIGTERM comes: each
	 * must be answered with an error and logged, and the process must exit soon after.
	 */
	@Test
	@Order(7)
	@Timeout(value = 5, unit = TimeUnit.MINUTES)
	void shutdownPastTheGracePeriod() throws Exception {
		shutdown(new Row("7. Shutdown (SIGTERM), invocations past the grace period", "aliyun.zip, grace 2 s"), "pause",
				"30000", Map.of("FN_SERVER_SHUTDOWN_GRACE_PERIOD", "2s"));
	}

	private void shutdown(Row row, String function, String event, Map<String, String> environment) throws Exception {
		int count = SCALE.shutdownInvocations();
		Map<String, String> env = new LinkedHashMap<>(environment);
		env.put("FC_FUNCTION_NAME", "uppercase");
		env.put("FC_FUNCTION_MEMORY_SIZE", "128");
		try (Instance fc = startFc("shutdown-" + System.nanoTime(), env)) {
			HttpClient client = client();
			invoke(client, fc.port, Map.of(), "warm-up");
			List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				calls.add(client.sendAsync(HttpRequest.newBuilder(uri(fc.port, "/invoke"))
					.timeout(REQUEST_TIMEOUT)
					.header("x-fc-function-name", function)
					.header("x-fc-request-id", "shutdown-" + i)
					.POST(HttpRequest.BodyPublishers.ofString(event))
					.build(), HttpResponse.BodyHandlers.ofString()));
			}
			// every invocation has started (its Start line is logged) before the signal
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
			while (countStarted(fc.log(), count) < count && System.nanoTime() < deadline && fc.process.isAlive()) {
				waitForExit(fc.process, Duration.ofMillis(50));
			}
			int startedBeforeSignal = countStarted(fc.log(), count);
			long signalled = System.nanoTime();
			fc.process.toHandle().destroy();
			boolean exited = fc.process.waitFor(60, TimeUnit.SECONDS);
			double exitSeconds = (System.nanoTime() - signalled) / 1e9;
			int results = 0;
			int errors = 0;
			List<String> unanswered = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				try {
					HttpResponse<String> response = calls.get(i).get(60, TimeUnit.SECONDS);
					if (response.statusCode() == 200) {
						results++;
					}
					else {
						errors++;
					}
				}
				catch (ExecutionException | TimeoutException ex) {
					unanswered.add("shutdown-" + i);
				}
			}
			String log = fc.log();
			List<String> unlogged = unanswered.stream()
				.filter((id) -> log.lines().noneMatch((line) -> line.contains(id) && !line.contains("Invoke Start")))
				.toList();
			row.sent(count + " invocations of `" + function + "` in flight, then SIGTERM");
			row.figures(String.format(Locale.ROOT,
					"started before the signal: %d; answered with a result: %d; answered with an error: %d; "
							+ "unanswered: %d (of them not in the log: %d); exited: %s in %.1f s (status %s)",
					startedBeforeSignal, results, errors, unanswered.size(), unlogged.size(), exited, exitSeconds,
					exited ? Integer.toString(fc.process.exitValue()) : "-"));
			SoftAssertions softly = new SoftAssertions();
			softly.assertThat(unlogged).as("invocations neither answered nor in the log").isEmpty();
			softly.assertThat(exited).as("process exited after SIGTERM").isTrue();
			row.finish(softly, fc);
		}
		finally {
			row.writeIfMissing();
		}
	}

	private static int countStarted(String log, int count) {
		int started = 0;
		for (int i = 0; i < count; i++) {
			if (log.contains("FC Invoke Start RequestId: shutdown-" + i + "\n")) {
				started++;
			}
		}
		return started;
	}

	// ---------------------------------------------------------------------------------------
	// Running packages

	/** A package started through its bootstrap; stopping it on close. */
	private static final class Instance implements AutoCloseable {

		final Process process;

		final int port;

		final Path logFile;

		Instance(Process process, int port, Path logFile) {
			this.process = process;
			this.port = port;
			this.logFile = logFile;
		}

		String log() throws IOException {
			return Files.readString(this.logFile);
		}

		/** A figure from {@code /proc/<pid>/status} in kB (the bootstrap execs Java, so the pid is the JVM's). */
		long status(String field) throws IOException {
			Path status = Path.of("/proc", Long.toString(this.process.pid()), "status");
			if (!this.process.isAlive() || !Files.exists(status)) {
				return -1;
			}
			for (String line : Files.readAllLines(status)) {
				if (line.startsWith(field + ":")) {
					return Long.parseLong(line.substring(field.length() + 1).replace("kB", "").trim());
				}
			}
			return -1;
		}

		@Override
		public void close() throws InterruptedException {
			PackageRunner.stop(this.process);
		}

	}

	private Instance startFc(String name, Map<String, String> environment) throws Exception {
		Map<String, String> env = new LinkedHashMap<>(environment);
		env.put("FN_SERVER_ADDRESS", "127.0.0.1");
		env.put("FC_REGION", "cn-hangzhou");
		return start(FC_PACKAGE, name, env, -1);
	}

	/**
	 * Unpacks and starts a package.
	 * @param port -1 for a free port passed as FC's (or, without FC's environment, fn-spring's)
	 * listen port and awaited, 0 for a package that listens on none
	 */
	private Instance start(Path pack, String name, Map<String, String> environment, int port) throws Exception {
		Path dir = PackageRunner.unzip(pack, Files.createDirectories(this.work.resolve(name)));
		Map<String, String> env = new LinkedHashMap<>(environment);
		// -Dattack.java-home runs the packages on another Java, -Dattack.virtual-threads=true on virtual threads
		String javaHome = System.getProperty("attack.java-home", "");
		if (!javaHome.isBlank()) {
			env.put("FN_JAVA_HOME", javaHome);
		}
		if (Boolean.getBoolean("attack.virtual-threads")) {
			env.put("SPRING_THREADS_VIRTUAL_ENABLED", "true");
		}
		int listen = 0;
		if (port < 0) {
			listen = PackageRunner.freePort();
			env.put(env.containsKey("FC_FUNCTION_NAME") ? "FC_CUSTOM_LISTEN_PORT" : "FN_SERVER_PORT",
					Integer.toString(listen));
		}
		Path log = this.work.resolve(name + ".log");
		Process process = PackageRunner.start(dir.resolve("bootstrap"), env, log);
		Instance instance = new Instance(process, listen, log);
		if (listen > 0) {
			try {
				awaitListening(process, listen, log);
			}
			catch (Exception | AssertionError ex) {
				instance.close();
				throw ex;
			}
		}
		return instance;
	}

	/** Waits until the port accepts connections, as the platforms probe it before the first call. */
	private static void awaitListening(Process process, int port, Path log) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (true) {
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
				return;
			}
			catch (ConnectException ex) {
				if (!process.isAlive()) {
					throw new AssertionError("exited with " + process.exitValue() + ":\n" + Files.readString(log));
				}
				if (System.nanoTime() > deadline) {
					throw new AssertionError("not listening on " + port + " after 60 s:\n" + Files.readString(log));
				}
				waitForExit(process, Duration.ofMillis(50));
			}
		}
	}

	/** Waits up to {@code timeout} for the process to end: the pause of a poll that stops early when it dies. */
	private static void waitForExit(Process process, Duration timeout) throws InterruptedException {
		try {
			process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException | ExecutionException ex) {
			// still running
		}
	}

	// ---------------------------------------------------------------------------------------
	// Sending

	private static HttpClient client() {
		return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
	}

	private static URI uri(int port, String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	/** {@code size} bytes of {@code a} to the default function. */
	private static HttpResponse<String> sendBytes(HttpClient client, int port, int size)
			throws IOException, InterruptedException {
		byte[] body = new byte[size];
		Arrays.fill(body, (byte) 'a');
		return client.send(HttpRequest.newBuilder(uri(port, "/invoke"))
			.timeout(REQUEST_TIMEOUT)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> invoke(HttpClient client, int port, Map<String, String> headers, String body)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(port, "/invoke"))
			.timeout(REQUEST_TIMEOUT)
			.POST(HttpRequest.BodyPublishers.ofString(body));
		headers.forEach(request::header);
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Runs {@code threads} copies of a sender and waits for all, failing after {@code limit}. */
	private static void runSenders(int threads, Duration limit, java.util.concurrent.Callable<Void> sender)
			throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<Void>> senders = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				senders.add(pool.submit(sender));
			}
			long deadline = System.nanoTime() + limit.toNanos();
			for (Future<Void> future : senders) {
				future.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static void awaitAll(List<CompletableFuture<LocalRuntimeApi.Answer>> answers, Duration timeout)
			throws InterruptedException {
		try {
			CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new))
				.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (ExecutionException | TimeoutException ex) {
			// counted per answer by the caller
		}
	}

	private static void sample(ConcurrentLinkedQueue<String> samples, String sample) {
		if (samples.size() < 5) {
			samples.add((sample.length() > 300) ? sample.substring(0, 300) + "…" : sample);
		}
	}

	/** Nearest-rank percentile of sorted values. */
	static double percentile(double[] sorted, int percent) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
	}

	/** Megabytes from a {@code /proc} figure in kB. */
	private static String mb(long kb) {
		return (kb < 0) ? "n/a (process ended)" : (kb / 1024) + " MB";
	}

	private static String seconds(long nanos) {
		return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
	}

	// ---------------------------------------------------------------------------------------
	// Raw HTTP, for what the JDK client cannot send

	/** A request with {@code Host} and {@code Connection: close}, written as bytes. */
	private static byte[] request(String requestLine, String headers, String body) {
		return (requestLine + " HTTP/1.1\r\nHost: fc\r\nConnection: close\r\n" + headers + "\r\n\r\n" + body)
			.getBytes(StandardCharsets.ISO_8859_1);
	}

	/** Sends raw bytes, ends the output, and reads what the server answers until it closes. */
	private static RawResponse raw(int port, byte[] request) throws IOException {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
			socket.setSoTimeout(20_000);
			OutputStream out = socket.getOutputStream();
			out.write(request);
			out.flush();
			socket.shutdownOutput();
			return RawResponse.parse(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
		}
	}

	/** An answer: status, head (status line and headers) and body. */
	record RawResponse(int status, String head, String body) {

		static RawResponse parse(String text) {
			int end = text.indexOf("\r\n\r\n");
			String head = (end >= 0) ? text.substring(0, end) : text;
			String body = (end >= 0) ? text.substring(end + 4) : "";
			String[] statusLine = head.split("\r\n", 2)[0].split(" ");
			int status = (statusLine.length > 1 && statusLine[1].matches("\\d{3}")) ? Integer.parseInt(statusLine[1]) : -1;
			return new RawResponse(status, head, body);
		}

		static RawResponse of(HttpResponse<String> response) {
			String head = "HTTP/1.1 " + response.statusCode() + "\r\n" + response.headers()
				.map()
				.entrySet()
				.stream()
				.map((header) -> header.getKey() + ": " + String.join(",", header.getValue()))
				.collect(Collectors.joining("\r\n"));
			return new RawResponse(response.statusCode(), head, response.body());
		}

		String text() {
			return this.head + "\r\n\r\n" + this.body;
		}

		@Override
		public String toString() {
			String text = text();
			return (text.length() > 2000) ? text.substring(0, 2000) + "…" : text;
		}

	}

	// ---------------------------------------------------------------------------------------
	// Report rows

	/** A scenario's row: written once, before its assertions, or as aborted when it ended early. */
	private static final class Row {

		final String scenario;

		final String pack;

		String sent = "";

		String figures = "";

		boolean written;

		Row(String scenario, String pack) {
			this.scenario = scenario;
			this.pack = pack;
		}

		void sent(String sent) {
			this.sent = sent;
		}

		void figures(String figures) {
			this.figures = figures;
		}

		/** Writes the row with the soft assertions' outcome, then fails if any did. */
		void finish(SoftAssertions softly, Instance instance) throws IOException {
			List<AssertionError> errors = softly.assertionErrorsCollected();
			String outcome = errors.isEmpty() ? "held"
					: "FAILED: " + errors.stream()
						.map((error) -> firstLine(error.getMessage()))
						.collect(Collectors.joining("; "));
			write(outcome);
			if (!errors.isEmpty() && instance != null) {
				System.err.println("--- log of the attacked process ---\n" + tail(instance.log(), 20_000));
			}
			softly.assertAll();
		}

		void write(String outcome) {
			AttackReport.row(this.scenario, this.pack, this.sent, this.figures, outcome);
			this.written = true;
		}

		void writeIfMissing() {
			if (!this.written) {
				write("ERROR: the scenario ended before its checks; see the test report. " + this.figures);
			}
		}

		private static String firstLine(String message) {
			String flat = message.strip().replaceAll("\\s+", " ");
			return (flat.length() > 300) ? flat.substring(0, 300) + "…" : flat;
		}

		private static String tail(String text, int chars) {
			return (text.length() > chars) ? text.substring(text.length() - chars) : text;
		}

	}

	// ---------------------------------------------------------------------------------------
	// Scale

	/** How hard each scenario attacks: {@code quick} for every build, {@code full} for the long run. */
	record Scale(String name, int floodRequests, int hostileRounds, int slowConnections, int loadInvocations,
			int loadConcurrency, int shutdownInvocations) {

		static Scale fromSystemProperty() {
			String name = System.getProperty("attack.scale", "quick").trim().toLowerCase(Locale.ROOT);
			return switch (name) {
				case "", "quick" -> new Scale("quick", 500, 5, 16, 2_000, 200, 50);
				case "full" -> new Scale("full", 20_000, 200, 200, 10_000, 200, 50);
				default -> throw new IllegalArgumentException("attack.scale is quick or full, not '" + name + "'");
			};
		}

	}

}
