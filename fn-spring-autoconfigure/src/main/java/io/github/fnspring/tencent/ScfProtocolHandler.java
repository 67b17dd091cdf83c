package io.github.fnspring.tencent;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import io.github.fnspring.core.EventDispatcher;
import io.github.fnspring.core.Failure;
import io.github.fnspring.core.FailureLog;
import io.github.fnspring.core.FunctionInvoker;
import io.github.fnspring.core.FunctionResult;
import io.github.fnspring.core.InvocationContext;
import io.github.fnspring.server.HttpExchanges;
import io.github.fnspring.server.HttpFunctionHandler;

/**
 * SCF's web functions and image-deployed functions, where the app is the server:
 * {@code POST /event-invoke} is an event invocation (image functions), any other request an
 * HTTP request (web functions). The context comes from the {@code X-Scf-*} headers; the
 * {@code X-Scf-Name} header, the cloud function's name, picks the exported function it
 * matches.
 */
public final class ScfProtocolHandler implements HttpHandler {

	private static final String FUNCTION_NAME_HEADER = "X-Scf-Name";

	private static final Predicate<String> RESERVED_HEADERS = (name) -> name.toLowerCase(Locale.ROOT).startsWith("x-scf-");

	private final ScfContextFactory contextFactory;

	private final EventDispatcher dispatcher;

	private final HttpFunctionHandler httpHandler;

	private final String eventPath;

	private final long maxRequestBytes;

	private final boolean includeStackTrace;

	/**
	 * @param eventPath the path of event invocations, {@code /event-invoke} by default
	 */
	public ScfProtocolHandler(ScfContextFactory contextFactory, FunctionInvoker invoker, EventDispatcher dispatcher,
			String eventPath, long maxRequestBytes, boolean includeStackTrace, boolean includeServerErrorMessage) {
		this.contextFactory = contextFactory;
		this.eventPath = eventPath;
		this.dispatcher = dispatcher;
		this.maxRequestBytes = maxRequestBytes;
		this.includeStackTrace = includeStackTrace;
		this.httpHandler = new HttpFunctionHandler(invoker, maxRequestBytes, includeServerErrorMessage,
				RESERVED_HEADERS);
	}

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			InvocationContext context = this.contextFactory
				.fromHttpHeaders((name) -> HttpExchanges.header(exchange, name));
			String requestedFunction = HttpExchanges.header(exchange, FUNCTION_NAME_HEADER);
			if ("POST".equals(exchange.getRequestMethod()) && this.eventPath.equals(exchange.getRequestURI().getPath())) {
				event(exchange, context, requestedFunction);
			}
			else {
				this.httpHandler.handle(exchange, context, requestedFunction, () -> {
				});
			}
		}
	}

	/** An event invocation; a failure answers with SCF's status code and error body. */
	private void event(HttpExchange exchange, InvocationContext context, String requestedFunction) throws IOException {
		FunctionResult result;
		try {
			result = this.dispatcher.dispatch(context, requestedFunction,
					HttpExchanges.readBody(exchange, this.maxRequestBytes));
		}
		catch (Throwable ex) {
			Failure failure = Failure.of(ex);
			FailureLog.log(context, failure);
			HttpExchanges.send(exchange, ScfErrorBody.statusCode(failure), Map.of(), "application/json",
					ScfErrorBody.of(failure, context.requestId(), this.includeStackTrace), RESERVED_HEADERS);
			return;
		}
		HttpExchanges.send(exchange, 200, Map.of(), result.contentType(), result.body(), RESERVED_HEADERS);
	}

}
