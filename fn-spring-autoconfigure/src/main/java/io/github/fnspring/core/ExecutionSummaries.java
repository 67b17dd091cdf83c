package io.github.fnspring.core;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.fnspring.FnContext;

/**
 * Whether each invocation's {@link ExecutionSummary} is logged: in a local run, one line per
 * invocation, as the clouds print their own (FunctionGraph's {@code Finish invoke request},
 * for instance); on a cloud, not, since the platform prints its own.
 */
public final class ExecutionSummaries {

	private static final Logger logger = LoggerFactory.getLogger("io.github.fnspring.summary");

	private final boolean logged;

	private ExecutionSummaries(boolean logged) {
		this.logged = logged;
	}

	/** On a cloud: the platform reports each invocation itself. */
	public static ExecutionSummaries none() {
		return new ExecutionSummaries(false);
	}

	/** In a local run: one line per invocation. */
	public static ExecutionSummaries logged() {
		return new ExecutionSummaries(true);
	}

	/**
	 * When an invocation starts, for {@link #record}: {@link System#nanoTime()} when its summary
	 * is logged, else 0, so that an invocation whose summary nobody reads does not ask the clock.
	 */
	long startTime() {
		return (this.logged && logger.isInfoEnabled()) ? System.nanoTime() : 0;
	}

	/** Records an invocation that started at {@code startTime} ({@link #startTime}), failed or not, under its request id. */
	void record(FnContext context, long startTime) {
		if (startTime == 0) {
			return;
		}
		Duration duration = Duration.ofNanos(System.nanoTime() - startTime);
		ExecutionSummary summary = new ExecutionSummary(context.requestId(), context.memoryLimitMb(), duration,
				ResidentMemory.megabytes(), ExecutionSummary.billed(duration));
		// the summary's figures as key-value pairs: JSON members in Spring Boot's structured formats
		try (FnContextHolder.Scope fields = InvocationLogFields.put(context)) {
			logger.atInfo()
				.addKeyValue("fnMemorySizeMb", summary.memoryMb())
				.addKeyValue("fnDurationMs", ExecutionSummary.millis(summary.duration()))
				.addKeyValue("fnMaxMemoryUsedMb", summary.memoryUsedMb())
				.addKeyValue("fnBilledDurationMs", summary.billedDuration().toMillis())
				.log(summary.logLine());
		}
	}

}
