package io.github.fnspring.core;

import io.github.fnspring.FnContext;

/**
 * What happens once in an instance's life that observability wants to know: the end of its
 * first invocation, which ends its cold start.
 */
public interface InstanceEvents {

	/** Nobody listens. */
	InstanceEvents NONE = new InstanceEvents() {

		@Override
		public void firstInvocationEnded(FnContext context) {
		}

	};

	/** The instance's first invocation was answered (or failed): its cold start is over. */
	void firstInvocationEnded(FnContext context);

}
