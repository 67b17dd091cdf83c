package io.github.fnspring.runtime;

/** The function instance stopped before an invocation finished: the invocation failed for that. */
final class InstanceStoppedException extends RuntimeException {

	InstanceStoppedException() {
		super("The function instance stopped before the invocation finished");
	}

}
