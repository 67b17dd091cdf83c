package io.github.fnspring.core;

import java.util.Optional;


import io.github.fnspring.FnContext;

/**
 * Binds the {@link FnContext} of the running invocation to the current thread, and its
 * request id, function and vendor to the logging MDC ({@link InvocationLogFields}). Every binding is undone when its scope closes, so nothing
 * of an invocation survives on a pooled thread.
 */
public final class FnContextHolder {

	/**
	 * The key of the invocation's context where it travels with work that changes threads:
	 * Reactor's context, and Micrometer's context propagation ({@link FnContextAccessor}).
	 */
	public static final String CONTEXT_KEY = "io.github.fnspring.FnContext";

	private static final ThreadLocal<FnContext> CURRENT = new ThreadLocal<>();

	private FnContextHolder() {
	}

	/** The context bound to the current thread, if any. */
	static Optional<FnContext> current() {
		return Optional.ofNullable(CURRENT.get());
	}

	/** Sets the current thread's context, as context propagation restores it on a thread. */
	static void set(FnContext context) {
		CURRENT.set(context);
	}

	/** Clears the current thread's context. */
	static void clear() {
		CURRENT.remove();
	}

	/**
	 * Binds {@code context} to the current thread until the returned scope is closed; the
	 * previous binding, if any, is restored then.
	 */
	public static Scope bind(FnContext context) {
		return bind(context, true);
	}

	/**
	 * Binds {@code context} as {@link #bind(FnContext)} does.
	 * @param functionAndVendor whether the log fields include the function and the vendor (where
	 * a log writes them: structured logging), or only the request id and the trace id
	 */
	static Scope bind(FnContext context, boolean functionAndVendor) {
		FnContext previous = CURRENT.get();
		CURRENT.set(context);
		Scope logFields = InvocationLogFields.put(context, functionAndVendor);
		return () -> {
			if (previous != null) {
				CURRENT.set(previous);
			}
			else {
				CURRENT.remove();
			}
			logFields.close();
		};
	}

	/** An active binding; closing it restores the previous one. */
	@FunctionalInterface
	public interface Scope extends AutoCloseable {

		@Override
		void close();

	}

}
