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

	/** Records an invocation that ran for {@code duration}, failed or not, under its request id. */
	void record(FnContext context, Duration duration) {
		if (!this.logged || !logger.isInfoEnabled()) {
			return;
		}
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
