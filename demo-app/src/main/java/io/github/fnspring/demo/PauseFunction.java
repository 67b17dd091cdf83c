package io.github.fnspring.demo;

import java.util.function.Function;

import org.springframework.stereotype.Component;

import io.github.fnspring.FnContext;
import io.github.fnspring.ServerlessFunction;

/**
 * A long task that keeps to its time: waits the given number of milliseconds, but never
 * past the invocation's deadline ({@link FnContext#remainingTime()}).
 */
@Component
@ServerlessFunction("pause")
public class PauseFunction implements Function<Long, String> {

	/** Left for answering once the wait is over. */
	private static final long MARGIN_MILLIS = 100;

	private final FnContext context;

	public PauseFunction(FnContext context) {
		this.context = context;
	}

	@Override
	public String apply(Long millis) {
		long wait = Math.max(0, Math.min(millis, this.context.remainingTime().toMillis() - MARGIN_MILLIS));
		try {
			Thread.sleep(wait);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted after less than " + wait + " ms", ex);
		}
		return "paused " + wait + " ms";
	}

}
