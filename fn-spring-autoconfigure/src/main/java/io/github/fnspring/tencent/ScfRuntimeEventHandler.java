package io.github.fnspring.tencent;

import io.github.fnspring.core.EventDispatcher;
import io.github.fnspring.core.Failure;
import io.github.fnspring.core.FailureLog;
import io.github.fnspring.core.FunctionResult;
import io.github.fnspring.core.InvalidInputException;
import io.github.fnspring.core.InvocationContext;
import io.github.fnspring.runtime.LocalRuntimeApi;
import io.github.fnspring.runtime.RuntimeEvent;
import io.github.fnspring.runtime.RuntimeEventHandler;
import io.github.fnspring.runtime.RuntimeOutcome;

/**
 * Runs one event of SCF's custom runtime and describes its outcome: the function's result,
 * or SCF's error body. Never throws, so every event is answered.
 */
public final class ScfRuntimeEventHandler implements RuntimeEventHandler {

	private final ScfContextFactory contextFactory;

	private final EventDispatcher dispatcher;

	private final long maxEventBytes;

	private final boolean includeStackTrace;

	public ScfRuntimeEventHandler(ScfContextFactory contextFactory, EventDispatcher dispatcher, long maxEventBytes,
			boolean includeStackTrace) {
		this.contextFactory = contextFactory;
		this.dispatcher = dispatcher;
		this.maxEventBytes = maxEventBytes;
		this.includeStackTrace = includeStackTrace;
	}

	@Override
	public RuntimeOutcome handle(RuntimeEvent event) {
		InvocationContext context = this.contextFactory.fromRuntimeEvent(event);
		try {
			if (event.body().length > this.maxEventBytes) {
				throw InvalidInputException.tooLarge(this.maxEventBytes);
			}
			// SCF names no function per event; the local Runtime API may, to pick one
			FunctionResult result = this.dispatcher.dispatch(context, event.header(LocalRuntimeApi.FUNCTION_HEADER),
					event.body());
			return new RuntimeOutcome(context.requestId(), true, result.body());
		}
		catch (Throwable ex) {
			Failure failure = Failure.of(ex);
			FailureLog.log(context, failure);
			return new RuntimeOutcome(context.requestId(), false,
					ScfErrorBody.of(failure, context.requestId(), this.includeStackTrace));
		}
	}

}
