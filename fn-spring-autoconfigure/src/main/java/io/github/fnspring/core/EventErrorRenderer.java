package io.github.fnspring.core;

import io.github.fnspring.FnContext;

/** Writes a failed event invocation in a platform's error shape. */
public interface EventErrorRenderer {

	/** The platform's error body for the failure of this invocation. */
	byte[] render(Failure failure, FnContext context);

}
