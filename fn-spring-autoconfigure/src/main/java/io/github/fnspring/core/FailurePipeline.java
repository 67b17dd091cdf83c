package io.github.fnspring.core;

import io.github.fnspring.FnContext;

/**
 * What every transport does with a failure, in one place: describe it once
 * ({@link Failure}), log it with the invocation's request id ({@link FailureLog}), and
 * render it in the caller's shape ({@link FailureRenderer}).
 */
public final class FailurePipeline {

	private final FailureRenderer renderer;

	public FailurePipeline(FailureRenderer renderer) {
		this.renderer = renderer;
	}

	/** Describes, logs and renders a failure. */
	public RenderedFailure handle(Throwable thrown, FnContext context) {
		Failure failure = describeAndLog(thrown, context);
		return new RenderedFailure(failure, this.renderer.render(failure, context));
	}

	/** Describes and logs a failure, for callers that hand the exception on rather than answer it. */
	public static Failure describeAndLog(Throwable thrown, FnContext context) {
		Failure failure = Failure.of(thrown);
		FailureLog.log(context, failure);
		return failure;
	}

	/**
	 * A failure and the body that answers it.
	 *
	 * @param failure the failure, described
	 * @param body its rendering for the caller
	 */
	public record RenderedFailure(Failure failure, byte[] body) {
	}

}
