package io.github.fnspring.core;

import java.util.List;
import java.util.Locale;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.fnspring.FnContext;
import io.github.fnspring.FnInitializer;
import io.github.fnspring.FnPreStopHandler;

/**
 * Runs the application's {@link FnInitializer}s exactly once per instance, on the
 * platform's initializer call or else before the first invocation, and its
 * {@link FnPreStopHandler}s once, when the platform announces a stop or, failing that,
 * when the application closes (SIGTERM).
 */
public final class LifecycleHooks {

	/** The initializers' run, as Micrometer observes it: a timer of that name, with Micrometer. */
	public static final String INITIALIZER_OBSERVATION = "fn.initializer";

	private static final Logger logger = LoggerFactory.getLogger(LifecycleHooks.class);

	private final List<FnInitializer> initializers;

	private final List<FnPreStopHandler> preStopHandlers;

	private final Object initializationLock = new Object();

	private volatile boolean initialized;

	private final Object preStopLock = new Object();

	private boolean preStopped;

	private final ObservationRegistry observationRegistry;

	/**
	 * @param observationRegistry observes the initializers' run as {@value #INITIALIZER_OBSERVATION}
	 * (a timer, with Micrometer), or {@link ObservationRegistry#NOOP}
	 */
	public LifecycleHooks(List<FnInitializer> initializers, List<FnPreStopHandler> preStopHandlers,
			ObservationRegistry observationRegistry) {
		this.initializers = List.copyOf(initializers);
		this.preStopHandlers = List.copyOf(preStopHandlers);
		this.initialized = this.initializers.isEmpty();
		this.observationRegistry = observationRegistry;
	}

	/** Whether the initializers have run (or there are none): nothing is left for {@link #initialize}. */
	public boolean isInitialized() {
		return this.initialized;
	}

	/**
	 * Runs the initializers unless they already succeeded; after a failure the next call
	 * runs them again, as platforms retry a failed initialization.
	 * @throws InitializationException when an initializer fails
	 */
	public void initialize(FnContext context) {
		if (this.initialized) {
			return;
		}
		synchronized (this.initializationLock) {
			if (this.initialized) {
				return;
			}
			Observation.createNotStarted(INITIALIZER_OBSERVATION, this.observationRegistry)
				.lowCardinalityKeyValue("vendor", context.vendor().name().toLowerCase(Locale.ROOT))
				.observe(() -> runInitializers(context));
			this.initialized = true;
		}
	}

	private void runInitializers(FnContext context) {
		for (FnInitializer initializer : this.initializers) {
			try {
				initializer.initialize(context);
			}
			catch (Exception ex) {
				throw new InitializationException(initializer, ex);
			}
		}
	}

	/**
	 * Runs every pre-stop handler, even when one fails, unless they ran already: an
	 * instance stops once. A call made while they run waits for them, so that no caller goes
	 * on to stop the application under a running handler. The first failure is rethrown.
	 */
	public void preStop(FnContext context) throws Exception {
		synchronized (this.preStopLock) {
			if (this.preStopped) {
				logger.debug("The pre-stop handlers ran already");
				return;
			}
			this.preStopped = true;
			runPreStopHandlers(context);
		}
	}

	private void runPreStopHandlers(FnContext context) throws Exception {
		Exception first = null;
		for (FnPreStopHandler handler : this.preStopHandlers) {
			try {
				handler.preStop(context);
			}
			catch (Exception ex) {
				logger.error("Pre-stop handler {} failed", handler.getClass().getName(), ex);
				first = (first != null) ? first : ex;
			}
		}
		if (first != null) {
			throw first;
		}
	}

	/** An {@link FnInitializer} failed; the instance is not ready. */
	static final class InitializationException extends RuntimeException {

		InitializationException(FnInitializer initializer, Exception cause) {
			super("Initializer " + initializer.getClass().getName() + " failed: " + cause.getMessage(), cause);
		}

	}

}
