package io.github.fnspring.runtime;

import io.github.fnspring.core.EventDispatcher;
import io.github.fnspring.core.FailureRenderer;
import io.github.fnspring.core.FailurePipeline;
import io.github.fnspring.core.FunctionResult;
import io.github.fnspring.core.InvalidInputException;
import io.github.fnspring.core.InvocationContext;

/**
 * Runs one Runtime API event through the {@link EventDispatcher} and describes its outcome:
 * the function's result, or the vendor's error body. Never throws, so every event is
 * answered. Vendors supply how the context is read from the event and how a failure is
 * written.
 */
public final class DispatchingEventHandler implements RuntimeEventHandler {

	private final RuntimeContextReader contexts;

	private final EventDispatcher dispatcher;

	private final FailurePipeline failures;

	private final long maxEventBytes;

	public DispatchingEventHandler(RuntimeContextReader contexts, EventDispatcher dispatcher, FailureRenderer errors,
			long maxEventBytes) {
		this.contexts = contexts;
		this.dispatcher = dispatcher;
		this.failures = new FailurePipeline(errors);
		this.maxEventBytes = maxEventBytes;
	}

	@Override
	public RuntimeOutcome handle(RuntimeEvent event) {
		InvocationContext context = this.contexts.fromRuntimeEvent(event);
		try {
			if (event.body().length > this.maxEventBytes) {
				throw InvalidInputException.tooLarge(this.maxEventBytes);
			}
			// Runtime APIs name no function per event; the local Runtime API may, to pick one
			FunctionResult result = this.dispatcher.dispatch(context, event.header(LocalRuntimeApi.FUNCTION_HEADER),
					event.body());
			return new RuntimeOutcome(context.requestId(), true, result.body());
		}
		catch (Throwable ex) {
			return new RuntimeOutcome(context.requestId(), false, this.failures.handle(ex, context).body());
		}
	}

	/** The vendor's error body for an invocation the instance's stop cut short, logged with it. */
	@Override
	public RuntimeOutcome stopped(RuntimeEvent event, String requestId) {
		InvocationContext context = this.contexts.fromRuntimeEvent(event);
		return new RuntimeOutcome(requestId, false,
				this.failures.handle(new InstanceStoppedException(), context).body());
	}

}
