package io.github.fnspring.runtime;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.github.fnspring.server.JdkHttpServerDefaults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The poll loop against a local Runtime API over real sockets (its faults: the test kit's RuntimeApiFaultsTest). */
class RuntimeApiLoopTest {

	private static final RuntimeApiPaths PATHS = new RuntimeApiPaths("/next", "/response/{requestId}",
			"/error/{requestId}", "/ready", "/init-error", "request-id");

	/** Upper-cases events; an event "fail" is answered as an error. */
	private static final RuntimeEventHandler HANDLER = (event) -> {
		String body = new String(event.body(), StandardCharsets.UTF_8);
		String requestId = event.header("request-id");
		return "fail".equals(body) ? new RuntimeOutcome(requestId, false, "{\"error\":true}".getBytes(StandardCharsets.UTF_8))
				: new RuntimeOutcome(requestId, true, body.toUpperCase().getBytes(StandardCharsets.UTF_8));
	};

	private static final RuntimeApiLimits LIMITS = new RuntimeApiLimits(Duration.ofSeconds(10), Duration.ofMinutes(2),
			Duration.ofSeconds(30));

	private final List<AutoCloseable> resources = new ArrayList<>();

	private LocalRuntimeApi api(int port) throws IOException {
		LocalRuntimeApi api = new LocalRuntimeApi(PATHS, (requestId, headers) -> Map.of("request-id", requestId))
			.start("127.0.0.1", port);
		this.resources.add(api);
		return api;
	}

	private RuntimeApiLoop loop(LocalRuntimeApi api) {
		return loop(api.port());
	}

	private RuntimeApiLoop loop(int port) {
		RuntimeApiLoop loop = new RuntimeApiLoop(URI.create("http://127.0.0.1:" + port), PATHS, HANDLER, LIMITS,
				RuntimeApiLoopTest::neverExit);
		loop.start();
		this.resources.add(loop::stop);
		return loop;
	}

	/** A test must not end the JVM: a loop that dies shows in the answers it no longer gives. */
	private static void neverExit(int status) {
	}

	@AfterEach
	void close() throws Exception {
		// loops before the APIs they poll, as on a platform that outlives its instances
		for (int i = this.resources.size() - 1; i >= 0; i--) {
			this.resources.get(i).close();
		}
	}

	private static String answer(LocalRuntimeApi api, String event) throws Exception {
		LocalRuntimeApi.Answer answer = api.submit(event.getBytes(StandardCharsets.UTF_8), Map.of())
			.answer()
			.get(10, TimeUnit.SECONDS);
		return (answer.success() ? "ok:" : "error:") + answer.bodyAsString();
	}

	@Test
	void reportsReadyThenAnswersEveryEventExactlyOnce() throws Exception {
		LocalRuntimeApi api = api(0);
		loop(api);
		assertThat(api.awaitInitReady(Duration.ofSeconds(5))).isTrue();
		for (int i = 0; i < 20; i++) {
			assertThat(answer(api, "event-" + i)).isEqualTo("ok:EVENT-" + i);
		}
		assertThat(answer(api, "fail")).isEqualTo("error:{\"error\":true}");
		assertThat(api.refusedAnswers()).isZero();
	}

	@Test
	void aHandlerThatThrowsFailsItsEventAndTheLoopGoesOn() throws Exception {
		LocalRuntimeApi api = api(0);
		RuntimeEventHandler throwing = (event) -> {
			if ("throw".equals(new String(event.body(), StandardCharsets.UTF_8))) {
				throw new IllegalStateException("handler bug");
			}
			return HANDLER.handle(event);
		};
		RuntimeApiLoop loop = new RuntimeApiLoop(URI.create("http://127.0.0.1:" + api.port()), PATHS,
				throwing, LIMITS, (status) -> {
				});
		loop.start();
		this.resources.add(loop::stop);
		assertThat(answer(api, "throw")).startsWith("error:").contains("java.lang.IllegalStateException");
		assertThat(answer(api, "after")).isEqualTo("ok:AFTER");
	}

	@Test
	void aLoopThatDiesEndsTheProcessWithAFailureStatus() throws Exception {
		LocalRuntimeApi api = api(0);
		CompletableFuture<Integer> exitStatus = new CompletableFuture<>();
		RuntimeApiLoop loop = new RuntimeApiLoop(URI.create("http://127.0.0.1:" + api.port()), PATHS,
				(event) -> {
					throw new Error("fatal");
				}, LIMITS, exitStatus::complete);
		loop.start();
		this.resources.add(loop::stop);
		api.submit("x".getBytes(StandardCharsets.UTF_8), Map.of());
		assertThat(exitStatus.get(10, TimeUnit.SECONDS)).isEqualTo(1);
		assertThat(loop.isRunning()).isFalse();
	}

	@Test
	void anEventStillRunningWhenTheGracePeriodEndsIsAnsweredAsFailedOnce() throws Exception {
		LocalRuntimeApi api = api(0);
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch never = new CountDownLatch(1);
		RuntimeEventHandler slow = (event) -> {
			started.countDown();
			try {
				never.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			// what a function finishing after the stop would answer: it must not be posted
			return new RuntimeOutcome(event.header("request-id"), true, "late".getBytes(StandardCharsets.UTF_8));
		};
		RuntimeApiLoop loop = new RuntimeApiLoop(URI.create("http://127.0.0.1:" + api.port()), PATHS, slow,
				new RuntimeApiLimits(Duration.ofMillis(300), Duration.ofMinutes(2), Duration.ofSeconds(30)), (status) -> {
				});
		loop.start();
		LocalRuntimeApi.Invocation invocation = api.submit("x".getBytes(StandardCharsets.UTF_8), Map.of());
		assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
		loop.stop();
		LocalRuntimeApi.Answer answer = invocation.answer().get(10, TimeUnit.SECONDS);
		assertThat(answer.success()).isFalse();
		assertThat(answer.bodyAsString()).contains("stopped before the invocation finished");
		assertThat(api.refusedAnswers()).as("the late result is never posted").isZero();
	}

	@Test
	void aRuntimeApiGoneForGoodEndsTheProcessWithAFailureStatus() throws Exception {
		int port;
		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}
		CompletableFuture<Integer> exitStatus = new CompletableFuture<>();
		RuntimeApiLoop loop = new RuntimeApiLoop(URI.create("http://127.0.0.1:" + port), PATHS, HANDLER,
				new RuntimeApiLimits(Duration.ofSeconds(1), Duration.ofMillis(500), Duration.ofSeconds(30)), exitStatus::complete);
		loop.start();
		this.resources.add(loop::stop);
		assertThat(exitStatus.get(10, TimeUnit.SECONDS)).isEqualTo(1);
	}

	@Test
	void aResultWhosePostTimesOutIsNotPostedAgain() throws Exception {
		AtomicInteger posts = new AtomicInteger();
		CountDownLatch released = new CountDownLatch(1);
		AtomicBoolean handedOut = new AtomicBoolean();
		// The JDK server reads its settings once per process: the first server sets them
		JdkHttpServerDefaults.apply();
		HttpServer api = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		api.setExecutor(Executors.newCachedThreadPool());
		api.createContext("/", (exchange) -> {
			try (exchange) {
				String path = exchange.getRequestURI().getPath();
				if (path.equals("/next") && handedOut.compareAndSet(false, true)) {
					exchange.getResponseHeaders().set("request-id", "stalled");
					byte[] event = "x".getBytes(StandardCharsets.UTF_8);
					exchange.sendResponseHeaders(200, event.length);
					exchange.getResponseBody().write(event);
				}
				else if (path.startsWith("/response/")) {
					// takes the result, then answers too late
					exchange.getRequestBody().readAllBytes();
					posts.incrementAndGet();
					released.await(10, TimeUnit.SECONDS);
					exchange.sendResponseHeaders(202, -1);
				}
				else if (path.equals("/next")) {
					released.await(10, TimeUnit.SECONDS);
				}
				else {
					exchange.sendResponseHeaders(200, -1);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		});
		api.start();
		this.resources.add(() -> api.stop(0));
		this.resources.add(released::countDown);
		RuntimeApiLoop loop = new RuntimeApiLoop(URI.create("http://127.0.0.1:" + api.getAddress().getPort()),
				PATHS, HANDLER, new RuntimeApiLimits(Duration.ofSeconds(1), Duration.ofMinutes(2), Duration.ofMillis(300)),
				RuntimeApiLoopTest::neverExit);
		loop.start();
		this.resources.add(loop::stop);
		await().atMost(Duration.ofSeconds(5)).until(() -> posts.get() > 0);
		assertThat(posts.get()).isEqualTo(1);
		// well past the post timeout and several back-off rounds: no second post came
		assertThat(released.await(2, TimeUnit.SECONDS)).isFalse();
		assertThat(posts.get()).isEqualTo(1);
	}

	@Test
	void aRuntimeApiThatIsNotUpYetIsWaitedFor() throws Exception {
		int port;
		try (ServerSocket notYetTheApi = new ServerSocket(0)) {
			port = notYetTheApi.getLocalPort();
			loop(port);
			// the loop's first attempt reaches a port where no Runtime API answers yet
			notYetTheApi.setSoTimeout(10_000);
			notYetTheApi.accept().close();
		}
		LocalRuntimeApi api = api(port);
		assertThat(api.awaitInitReady(Duration.ofSeconds(10))).isTrue();
		assertThat(answer(api, "late")).isEqualTo("ok:LATE");
	}

	@Test
	void aStoppingLoopDoesNotKeepRetryingAGoneApi() throws Exception {
		LocalRuntimeApi api = api(0);
		CountDownLatch apiGone = new CountDownLatch(1);
		RuntimeApiLoop loop = new RuntimeApiLoop(URI.create("http://127.0.0.1:" + api.port()), PATHS,
				(event) -> {
					api.close();
					apiGone.countDown();
					return new RuntimeOutcome(event.header("request-id"), true, new byte[0]);
				}, LIMITS, RuntimeApiLoopTest::neverExit);
		loop.start();
		api.submit("x".getBytes(StandardCharsets.UTF_8), Map.of());
		assertThat(apiGone.await(10, TimeUnit.SECONDS)).isTrue();
		long start = System.nanoTime();
		loop.stop();
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
	}

	@Test
	void stopEndsALongPollPromptly() throws Exception {
		LocalRuntimeApi api = api(0);
		RuntimeApiLoop loop = loop(api);
		assertThat(api.awaitInitReady(Duration.ofSeconds(5))).isTrue();
		long start = System.nanoTime();
		loop.stop();
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
		assertThat(loop.isRunning()).isFalse();
	}

}
