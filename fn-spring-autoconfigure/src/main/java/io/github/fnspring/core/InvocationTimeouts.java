package io.github.fnspring.core;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import io.github.fnspring.FnContext;

/**
 * Who ends an invocation that outlives its timeout. On a cloud the platform does, and answers
 * the caller itself: the function runs on the caller's thread. In a local run nothing else
 * would, so fn-spring does it as the clouds do: the function runs on a worker thread, and when
 * its deadline passes the invocation fails with {@link InvocationTimeoutException}, which each
 * platform answers in its own words, and the worker is interrupted; a late result is dropped.
 * A function that ignores the interrupt keeps its worker until it returns, as a frozen
 * instance would, but the next invocation is not held up by it.
 */
public final class InvocationTimeouts implements AutoCloseable {

	/** Longer than any cloud's timeout: a deadline past it is a header's nonsense, not a limit. */
	private static final Duration LONGEST = Duration.ofDays(1);

	private final @Nullable ExecutorService workers;

	private InvocationTimeouts(@Nullable ExecutorService workers) {
		this.workers = workers;
	}

	/** On a cloud: the platform ends invocations that outlive their timeout. */
	public static InvocationTimeouts enforcedByThePlatform() {
		return new InvocationTimeouts(null);
	}

	/** In a local run: fn-spring ends them, as the cloud would. */
	public static InvocationTimeouts enforcedLocally() {
		AtomicInteger count = new AtomicInteger();
		return new InvocationTimeouts(Executors.newCachedThreadPool((task) -> {
			Thread thread = new Thread(task, "fn-invocation-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		}));
	}

	/**
	 * Runs one invocation within the context's remaining time.
	 * @throws InvocationTimeoutException when it runs out, in a local run
	 */
	FunctionResult call(FnContext context, Supplier<FunctionResult> invocation) {
		ExecutorService pool = this.workers;
		if (pool == null) {
			return invocation.get();
		}
		Duration remaining = context.remainingTime();
		long waitMillis = (remaining.compareTo(LONGEST) > 0) ? LONGEST.toMillis() : Math.max(0, remaining.toMillis());
		Future<FunctionResult> running = pool.submit(invocation::get);
		try {
			return running.get(waitMillis, TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			running.cancel(true);
			throw new InvocationTimeoutException(context.timeout());
		}
		catch (ExecutionException ex) {
			throw InvocationTimeouts.<RuntimeException>rethrow(Objects.requireNonNullElse(ex.getCause(), ex));
		}
		catch (InterruptedException ex) {
			running.cancel(true);
			Thread.currentThread().interrupt();
			throw new CancellationException("Interrupted while the invocation " + context.requestId() + " ran");
		}
	}

	/** The function's own failure, unchanged: checked ones too, which the catalog may rethrow. */
	@SuppressWarnings("unchecked")
	private static <T extends Throwable> T rethrow(Throwable error) throws T {
		throw (T) error;
	}

	/** Stops the workers with the application; invocations still running are interrupted. */
	@Override
	public void close() {
		if (this.workers != null) {
			this.workers.shutdownNow();
		}
	}

}
