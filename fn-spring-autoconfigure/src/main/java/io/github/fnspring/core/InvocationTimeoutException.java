package io.github.fnspring.core;

import java.time.Duration;

/**
 * An invocation outlived its timeout. The clouds end such an invocation themselves and answer
 * it their way; a local run ends it as they do (see {@link InvocationTimeouts}), so that each
 * platform's error renderer can answer it in that cloud's words.
 */
public final class InvocationTimeoutException extends RuntimeException {

	private final Duration timeout;

	public InvocationTimeoutException(Duration timeout) {
		super("The invocation timed out after " + seconds(timeout) + " seconds");
		this.timeout = timeout;
	}

	/** The timeout the invocation had. */
	public Duration timeout() {
		return this.timeout;
	}

	/** The timeout in whole seconds, as the clouds word it: at least 1. */
	public long timeoutSeconds() {
		return seconds(this.timeout);
	}

	private static long seconds(Duration timeout) {
		return Math.max(1, (timeout.toMillis() + 999) / 1000);
	}

}
