package io.github.fnspring.autoconfigure;


import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import io.github.fnspring.core.FnContextHolder;
import io.github.fnspring.core.InvocationContext;
import io.github.fnspring.core.LifecycleHooks;
import io.github.fnspring.core.RandomIds;
import io.github.fnspring.platform.PlatformChoice;

/**
 * Runs the {@code FnPreStopHandler}s when the application closes (SIGTERM, or the end of
 * a local run), unless the platform's pre-stop call ran them already. It stops after the
 * transports, so that the hooks run once the requests in flight are done.
 */
final class PreStopOnShutdown implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(PreStopOnShutdown.class);

	private final LifecycleHooks lifecycleHooks;

	private final PlatformChoice platformChoice;

	private volatile boolean running;

	PreStopOnShutdown(LifecycleHooks lifecycleHooks, PlatformChoice platformChoice) {
		this.lifecycleHooks = lifecycleHooks;
		this.platformChoice = platformChoice;
	}

	@Override
	public void start() {
		this.running = true;
	}

	@Override
	public void stop() {
		this.running = false;
		InvocationContext context = InvocationContext.builder(this.platformChoice.vendor())
			.platform(this.platformChoice.platform().id())
			.requestId("shutdown-" + RandomIds.uuid())
			.build();
		try (FnContextHolder.Scope scope = FnContextHolder.bind(context)) {
			this.lifecycleHooks.preStop(context);
		}
		catch (Exception ex) {
			// Each failed hook is logged by LifecycleHooks; the application closes all the same
			logger.debug("Pre-stop handlers failed on shutdown", ex);
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** Below the transports' phase: started before them, stopped after them. */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 1;
	}

}
