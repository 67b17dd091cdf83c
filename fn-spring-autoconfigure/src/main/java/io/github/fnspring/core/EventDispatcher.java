package io.github.fnspring.core;

import java.util.Map;
import java.util.Optional;

import io.github.fnspring.FnContext;
import io.github.fnspring.event.HttpRequestEvent;

/**
 * Runs one event the same way on every vendor: an HTTP-trigger event is served as an HTTP
 * request and answered in the vendor's envelope, with HTTP error handling (its status, no
 * stack trace); any other event goes to the function as it is, and its failure is thrown
 * for the transport to report in the vendor's error shape.
 */
public final class EventDispatcher {

	private static final String JSON = "application/json";

	private final FunctionInvoker invoker;

	private final HttpTriggerEnvelope envelope;

	private final boolean includeServerErrorMessage;

	public EventDispatcher(FunctionInvoker invoker, HttpTriggerEnvelope envelope, boolean includeServerErrorMessage) {
		this.invoker = invoker;
		this.envelope = envelope;
		this.includeServerErrorMessage = includeServerErrorMessage;
	}

	/**
	 * @throws RuntimeException the function's failure, or {@link InvalidInputException} when
	 * the event cannot be read, for plain events
	 */
	public FunctionResult dispatch(FnContext context, String requestedFunction, byte[] event) {
		Optional<HttpRequestEvent> request = this.envelope.parse(event);
		if (request.isEmpty()) {
			return this.invoker.invokeEvent(context, requestedFunction, event);
		}
		byte[] response;
		try {
			FunctionResult result = this.invoker.invokeHttp(context, requestedFunction, request.get());
			response = this.envelope.response(result.statusOr(200), result.headers(), result.contentType(), result.body());
		}
		catch (Throwable ex) {
			Failure failure = Failure.of(ex);
			FailureLog.log(context, failure);
			response = this.envelope.response(failure.httpStatus(), Map.of(), JSON,
					HttpErrorBody.of(failure, context.requestId(), this.includeServerErrorMessage));
		}
		return new FunctionResult(0, Map.of(), response, JSON);
	}

}
