package io.github.fnspring.core;

import io.micrometer.context.ThreadLocalAccessor;
import org.jspecify.annotations.Nullable;

import io.github.fnspring.FnContext;

/**
 * Lets Micrometer's context propagation carry the invocation's context, and with it the log's
 * request id, to every thread that works for a reactive request (Reactor's automatic context
 * propagation, {@code spring.reactor.context-propagation=auto}). Registered in
 * {@code META-INF/services}; unused without the context-propagation library.
 */
public final class FnContextAccessor implements ThreadLocalAccessor<FnContext> {

	@Override
	public Object key() {
		return FnContextHolder.CONTEXT_KEY;
	}

	@Override
	public @Nullable FnContext getValue() {
		return FnContextHolder.current().orElse(null);
	}

	@Override
	public void setValue(FnContext value) {
		FnContextHolder.set(value);
		InvocationLogFields.put(value);
	}

	@Override
	public void setValue() {
		FnContextHolder.clear();
		InvocationLogFields.remove();
	}

}
