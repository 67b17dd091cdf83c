package io.github.fnspring.core;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import io.github.fnspring.FnContext;
import io.github.fnspring.event.HttpRequestEvent;

/**
 * Runs one event the same way on every vendor: an HTTP-trigger event is served as an HTTP
 * request and answered in the envelope it came in, with HTTP error handling (its status,
 * no stack trace); any other event goes to the function as it is, and its failure is
 * thrown for the transport to report in the vendor's error shape. A vendor may have
 * several HTTP-trigger envelopes (SCF: function URLs and API Gateway); the first that
 * recognises an event serves it.
 */
public final class EventDispatcher {

	private static final String JSON = "application/json";

	private final FunctionInvoker invoker;

	private final List<HttpTriggerEnvelope> envelopes;

	private final FailurePipeline failures;

	private final @Nullable WebLayer webLayer;

	public EventDispatcher(FunctionInvoker invoker, List<HttpTriggerEnvelope> envelopes,
			boolean includeServerErrorMessage) {
		this(invoker, envelopes, includeServerErrorMessage, null);
	}

	/**
	 * @param webLayer the application's own web layer, which serves HTTP-trigger events instead
	 * of a function, or {@code null}
	 */
	public EventDispatcher(FunctionInvoker invoker, List<HttpTriggerEnvelope> envelopes,
			boolean includeServerErrorMessage, @Nullable WebLayer webLayer) {
		this.invoker = invoker;
		this.envelopes = List.copyOf(envelopes);
		this.failures = new FailurePipeline(new HttpErrorBody(includeServerErrorMessage));
		this.webLayer = webLayer;
	}

	/** The invoker it dispatches to, which reads portable events with its platform's translator. */
	public FunctionInvoker invoker() {
		return this.invoker;
	}

	/**
	 * @throws RuntimeException the function's failure, or {@link InvalidInputException} when
	 * the event cannot be read, for plain events
	 */
	public FunctionResult dispatch(FnContext context, @Nullable String requestedFunction, byte[] event) {
		for (HttpTriggerEnvelope envelope : this.envelopes) {
			Optional<HttpRequestEvent> request = envelope.parse(event);
			if (request.isPresent()) {
				return dispatchHttp(context, requestedFunction, envelope, request.get());
			}
		}
		return this.invoker.invokeEvent(context, requestedFunction, event);
	}

	private FunctionResult dispatchHttp(FnContext context, @Nullable String requestedFunction,
			HttpTriggerEnvelope envelope, HttpRequestEvent request) {
		byte[] response;
		try {
			Optional<FunctionResult> served = (this.webLayer != null) ? served(this.webLayer, context, request)
					: Optional.empty();
			FunctionResult result = served.isPresent() ? served.get()
					: this.invoker.invokeHttp(context, requestedFunction, request);
			int status = result.statusOr(200);
			response = envelope.response(status, result.headers(), result.contentType(),
					hasNoBody(request.method(), status) ? new byte[0] : result.body());
		}
		catch (Throwable ex) {
			FailurePipeline.RenderedFailure failed = this.failures.handle(ex, context);
			response = envelope.response(failed.failure().httpStatus(), Map.of(), JSON, failed.body());
		}
		return new FunctionResult(0, Map.of(), response, JSON);
	}

	/**
	 * Whether HTTP forbids the answer a body, whatever wrote one: a server would drop it too.
	 */
	private static boolean hasNoBody(String method, int status) {
		return "HEAD".equalsIgnoreCase(method) || status < 200 || status == 204 || status == 304;
	}

	private Optional<FunctionResult> served(WebLayer web, FnContext context, HttpRequestEvent request)
			throws Exception {
		// the initializers run before the first request, whether a function or the web layer serves it
		this.invoker.prepare(context);
		try (FnContextHolder.Scope scope = FnContextHolder.bind(context)) {
			return web.serve(context, request);
		}
	}

}
