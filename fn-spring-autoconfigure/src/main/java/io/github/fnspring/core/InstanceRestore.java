package io.github.fnspring.core;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import io.github.fnspring.FnContext;
import io.github.fnspring.FnRestoreHandler;

/**
 * What an instance restored from a snapshot does before its first invocation, and what a
 * snapshot's priming invocation leaves behind: nothing of an invocation before the snapshot
 * (its credentials, its log context) may reach one after it, and the application's
 * {@link FnRestoreHandler}s renew what is its own.
 */
public final class InstanceRestore {

	private static final Logger logger = LoggerFactory.getLogger(InstanceRestore.class);

	private final List<FnRestoreHandler> restoreHandlers;

	private final List<Renewable> renewables;

	private final @Nullable LatestCredentials latestCredentials;

	/**
	 * @param renewables what the instance read from its environment: read again
	 * @param latestCredentials the credentials invocations brought, or {@code null} when the
	 * application replaced the provider
	 */
	public InstanceRestore(List<FnRestoreHandler> restoreHandlers, List<Renewable> renewables,
			@Nullable LatestCredentials latestCredentials) {
		this.restoreHandlers = List.copyOf(restoreHandlers);
		this.renewables = List.copyOf(renewables);
		this.latestCredentials = latestCredentials;
	}

	/**
	 * Forgets what invocations left in the instance: the credentials the newest one brought,
	 * and a request id on the calling thread's log context; and draws fn-spring's own ids
	 * from fresh entropy, since a snapshot also froze the state of their generator.
	 */
	public void forgetInvocations() {
		if (this.latestCredentials != null) {
			this.latestCredentials.forget();
		}
		MDC.remove(FnContext.MDC_REQUEST_ID);
		RandomIds.reseed();
	}

	/**
	 * Forgets what invocations before the snapshot left, reads the instance's defaults
	 * (function version, memory, region, the environment's credentials) again from the
	 * restored process's environment, notes the restore call's credentials (the platform's for
	 * this instance, when it sends any) as the newest, then runs every restore handler, even
	 * when one fails, with the restore call's context bound; the first failure is rethrown.
	 */
	public void restore(FnContext context) throws Exception {
		forgetInvocations();
		this.renewables.forEach(Renewable::renew);
		if (this.latestCredentials != null) {
			this.latestCredentials.observe(context);
		}
		Exception first = null;
		try (FnContextHolder.Scope scope = FnContextHolder.bind(context)) {
			for (FnRestoreHandler handler : this.restoreHandlers) {
				try {
					handler.afterRestore(context);
				}
				catch (Exception ex) {
					logger.error("Restore handler {} failed", handler, ex);
					first = (first != null) ? first : ex;
				}
			}
		}
		if (first != null) {
			throw first;
		}
	}

}
