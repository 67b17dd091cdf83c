package io.github.fnspring.core;

import io.github.fnspring.FnContext;

/**
 * Writes a failure in the shape its caller expects: a platform's error body for a failed
 * event, the JSON error body for an HTTP request ({@link HttpErrorBody}).
 */
public interface FailureRenderer {

	/** The body that answers the failure of this invocation. */
	byte[] render(Failure failure, FnContext context);

}
