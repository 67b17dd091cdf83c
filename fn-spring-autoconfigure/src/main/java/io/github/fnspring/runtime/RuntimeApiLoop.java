package io.github.fnspring.runtime;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import io.github.fnspring.core.ProcessExit;

/**
 * The poll loop of a custom runtime: report ready, then take the next event from the
 * platform's Runtime API, handle it and post its result or error, one event at a time.
 * The same loop runs on the platform, against the local Runtime API in a local run, and in
 * tests.
 *
 * <p>The Runtime API may be briefly unavailable (refused or reset connections, 5xx): the
 * loop retries with bounded back-off. A result is posted until the API takes it, and never
 * again once it has; a result the API refuses (4xx) is not retried, and once the loop is
 * stopping, a result is tried once.
 */
public final class RuntimeApiLoop implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(RuntimeApiLoop.class);

	static final Duration INITIAL_BACKOFF = Duration.ofMillis(20);

	static final Duration MAX_BACKOFF = Duration.ofSeconds(2);

	static final int MAX_DELIVERY_ATTEMPTS = 10;

	/** How long the loop thread gets to end once its event in hand was answered by stop(). */
	private static final Duration INTERRUPT_GRACE = Duration.ofSeconds(2);

	private final RuntimeApiPaths paths;

	private final RuntimeEventHandler handler;

	private final RuntimeApiClient client;

	private final URI base;

	private volatile boolean running;

	private volatile @Nullable Thread thread;

	private volatile @Nullable CompletableFuture<HttpResponse<byte[]>> pendingPoll;

	private final IntConsumer exit;

	private final RuntimeApiLimits limits;

	/** The event being handled: answered once, by the loop or by stop() when its time is up. */
	private volatile @Nullable EventInHand inHand;

	/** @param exit how the process ends when the loop dies: {@link ProcessExit#JVM} in production */
	public RuntimeApiLoop(URI base, RuntimeApiPaths paths, RuntimeEventHandler handler, RuntimeApiLimits limits,
			ProcessExit exit) {
		this(base, paths, handler, limits, exit::exit);
	}

	/**
	 * @param exit ends the process with a status when the loop dies: an instance that takes
	 * no more events must not stay up, nor end as if all went well
	 */
	RuntimeApiLoop(URI base, RuntimeApiPaths paths, RuntimeEventHandler handler, RuntimeApiLimits limits,
			IntConsumer exit) {
		this.base = base;
		this.paths = paths;
		this.handler = handler;
		this.limits = limits;
		this.client = new RuntimeApiClient(base, limits.postTimeout());
		this.exit = exit;
	}

	@Override
	public void start() {
		this.running = true;
		Thread loop = new Thread(this::run, "fn-runtime-loop");
		this.thread = loop;
		loop.start();
		logger.info("Polling the Runtime API at {}", this.base);
	}

	/**
	 * Takes no more events and lets the event in hand finish and be answered within the
	 * shutdown grace period; past it, the event is answered as failed, logged, and the
	 * loop is interrupted.
	 */
	@Override
	public void stop() {
		this.running = false;
		CompletableFuture<HttpResponse<byte[]>> poll = this.pendingPoll;
		if (poll != null) {
			poll.cancel(true);
		}
		Thread loop = this.thread;
		if (loop == null || loop == Thread.currentThread()) {
			this.client.disconnect();
			return;
		}
		try {
			loop.join(Math.max(1, this.limits.shutdownGracePeriod().toMillis()));
			if (loop.isAlive()) {
				EventInHand hand = this.inHand;
				if (hand != null && hand.answered.compareAndSet(false, true)) {
					logger.error("Invocation {} did not finish within the shutdown grace period of {}; answered as failed",
							hand.requestId, this.limits.shutdownGracePeriod());
					deliver(this.handler.stopped(hand.event, hand.requestId));
				}
				else {
					// The loop claimed the answer and is posting it: interrupting would abort that post
					loop.join(this.limits.postTimeout().toMillis());
				}
				loop.interrupt();
				loop.join(INTERRUPT_GRACE.toMillis());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		// a stop may be for a checkpoint: no connection may stay open across it
		this.client.disconnect();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void run() {
		try {
			if (this.paths.initReady() != null) {
				postUntilAccepted(this.paths.initReady(), new byte[0], "initialization ready");
			}
			while (this.running) {
				RuntimeEvent event = nextEvent();
				if (event == null) {
					return;
				}
				EventInHand hand = new EventInHand(event, requestIdOf(event));
				this.inHand = hand;
				RuntimeOutcome outcome = handle(event);
				if (hand.answered.compareAndSet(false, true)) {
					deliver(outcome);
				}
				this.inHand = null;
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (Throwable ex) {
			this.running = false;
			logger.error("The Runtime API loop died; exiting with status 1 so that the platform replaces the instance",
					ex);
			// From another thread: exiting closes the application, which waits for this one to end
			Thread exiting = new Thread(() -> this.exit.accept(1), "fn-runtime-exit");
			exiting.start();
		}
		finally {
			this.running = false;
		}
	}

	/**
	 * The handler's outcome. Handlers answer every failure themselves; should one throw all
	 * the same, the event still fails, with a plain error body, and the loop goes on.
	 */
	private RuntimeOutcome handle(RuntimeEvent event) {
		try {
			return this.handler.handle(event);
		}
		catch (RuntimeException | LinkageError ex) {
			String requestId = requestIdOf(event);
			logger.error("Invocation {} could not be handled", requestId, ex);
			byte[] error = ("{\"errorMessage\":\"The invocation could not be handled\",\"errorType\":\""
					+ ex.getClass().getName() + "\"}").getBytes(StandardCharsets.UTF_8);
			return new RuntimeOutcome(requestId, false, error);
		}
	}

	private String requestIdOf(RuntimeEvent event) {
		String requestId = event.header(this.paths.requestIdHeader());
		return (requestId != null) ? requestId : "";
	}

	/** An event being handled, and whether its answer was claimed. */
	private static final class EventInHand {

		private final RuntimeEvent event;

		private final String requestId;

		private final AtomicBoolean answered = new AtomicBoolean();

		EventInHand(RuntimeEvent event, String requestId) {
			this.event = event;
			this.requestId = requestId;
		}

	}

	/**
	 * The next event, retrying while the API is unavailable; {@code null} once stopped.
	 * @throws RuntimeApiUnavailableException when the API stayed unavailable longer than the
	 * outage limit: the instance is of no use any more
	 */
	private @Nullable RuntimeEvent nextEvent() throws InterruptedException {
		Backoff backoff = new Backoff(INITIAL_BACKOFF, MAX_BACKOFF);
		long unavailableSince = 0;
		while (this.running) {
			if (unavailableSince != 0
					&& System.nanoTime() - unavailableSince > this.limits.outageLimit().toNanos()) {
				throw new RuntimeApiUnavailableException(this.base, this.limits.outageLimit());
			}
			CompletableFuture<HttpResponse<byte[]>> poll = this.client.next(this.paths.next());
			this.pendingPoll = poll;
			if (!this.running) {
				// stop() ran before the poll was published, so it could not cancel it
				poll.cancel(true);
				return null;
			}
			try {
				HttpResponse<byte[]> response = poll.get();
				if (response.statusCode() == 200) {
					return new RuntimeEvent(response.headers(), response.body(), Instant.now());
				}
				unavailableSince = (unavailableSince != 0) ? unavailableSince : System.nanoTime();
				logger.warn("The Runtime API answered {} to the poll for the next event; retrying", response.statusCode());
			}
			catch (CancellationException ex) {
				return null;
			}
			catch (ExecutionException ex) {
				if (!this.running) {
					return null;
				}
				unavailableSince = (unavailableSince != 0) ? unavailableSince : System.nanoTime();
				logger.warn("The Runtime API is unavailable ({}); retrying", String.valueOf(ex.getCause()));
			}
			finally {
				this.pendingPoll = null;
			}
			backoff.pause();
		}
		return null;
	}

	private void deliver(RuntimeOutcome outcome) throws InterruptedException {
		String path = outcome.success() ? this.paths.responseFor(outcome.requestId())
				: this.paths.errorFor(outcome.requestId());
		String what = outcome.success() ? "result" : "error";
		Backoff backoff = new Backoff(INITIAL_BACKOFF, MAX_BACKOFF);
		for (int attempt = 1; attempt <= MAX_DELIVERY_ATTEMPTS; attempt++) {
			try {
				int status = this.client.post(path, outcome.body());
				if (status < 300) {
					return;
				}
				if (status < 500) {
					logger.error("The Runtime API refused the {} of invocation {} with {}; not retried", what,
							outcome.requestId(), status);
					return;
				}
				logger.warn("The Runtime API answered {} to the {} of invocation {}", status, what, outcome.requestId());
			}
			catch (HttpTimeoutException ex) {
				// The post may have arrived: posting again could answer the event twice
				logger.error("The Runtime API did not confirm the {} of invocation {} in time; not posted again", what,
						outcome.requestId());
				return;
			}
			catch (IOException | RuntimeException ex) {
				logger.warn("Could not post the {} of invocation {} ({})", what, outcome.requestId(), ex.toString());
			}
			if (!this.running || attempt == MAX_DELIVERY_ATTEMPTS) {
				// shutting down: one attempt for the event in hand, no waiting on a platform that is gone
				break;
			}
			backoff.pause();
		}
		logger.error("The {} of invocation {} could not be delivered", what, outcome.requestId());
	}

	private void postUntilAccepted(String path, byte[] body, String what) throws InterruptedException {
		Backoff backoff = new Backoff(INITIAL_BACKOFF, MAX_BACKOFF);
		long firstTry = System.nanoTime();
		while (this.running) {
			if (System.nanoTime() - firstTry > this.limits.outageLimit().toNanos()) {
				throw new RuntimeApiUnavailableException(this.base, this.limits.outageLimit());
			}
			try {
				int status = this.client.post(path, body);
				if (status < 300) {
					return;
				}
				if (status < 500) {
					logger.warn("The Runtime API refused {} with {}; going on", what, status);
					return;
				}
				logger.warn("The Runtime API answered {} to {}; retrying", status, what);
			}
			catch (IOException ex) {
				logger.warn("Could not report {} ({}); retrying", what, ex.toString());
			}
			backoff.pause();
		}
	}

}
