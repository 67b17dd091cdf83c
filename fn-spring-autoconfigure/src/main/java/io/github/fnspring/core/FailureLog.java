package io.github.fnspring.core;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.fnspring.FnContext;

/**
 * Logs failed invocations with their request id: rejected input as one warning line,
 * anything else with its stack trace, so a failure is never lost even where the error
 * body a platform shows carries no stack.
 */
final class FailureLog {

	private static final Logger logger = LoggerFactory.getLogger("io.github.fnspring.invocation");

	private FailureLog() {
	}

	static void log(FnContext context, Failure failure) {
		try (FnContextHolder.Scope scope = FnContextHolder.bind(context)) {
			if (failure.isInvalidInput()) {
				logger.warn("Invocation {} rejected ({}): {}", context.requestId(), failure.httpStatus(),
						failure.message());
			}
			else if (failure.isTimeout()) {
				logger.error("Invocation {} of function {} timed out after {} s; it was interrupted and a late "
						+ "result is dropped", context.requestId(), context.functionName(),
						((InvocationTimeoutException) failure.error()).timeoutSeconds());
			}
			else {
				logger.error("Invocation {} of function {} failed", context.requestId(), context.functionName(),
						failure.error());
			}
		}
	}

}
