package io.github.fnspring.huawei;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import io.github.fnspring.core.EventDispatcher;
import io.github.fnspring.core.Failure;
import io.github.fnspring.core.FailureLog;
import io.github.fnspring.core.FnContextHolder;
import io.github.fnspring.core.FunctionInvoker;
import io.github.fnspring.core.FunctionResult;
import io.github.fnspring.core.InvocationContext;
import io.github.fnspring.core.LifecycleHooks;
import io.github.fnspring.server.HttpExchanges;
import io.github.fnspring.server.HttpFunctionHandler;

/**
 * FunctionGraph's HTTP functions and container images, where the app is the server:
 * {@code POST /invoke} is an event (container event functions), {@code POST /init} runs the
 * initializers, any other request is an HTTP request (HTTP functions). How a container
 * image reports an error is not documented: a failed event answers 500 with FunctionGraph's
 * error body.
 */
public final class FgProtocolHandler implements HttpHandler {

	private static final String FUNCTION_NAME_HEADER = "X-CFF-Func-Name";

	private static final Predicate<String> RESERVED_HEADERS = (name) -> name.toLowerCase(Locale.ROOT).startsWith("x-cff-");

	private final FgContextFactory contextFactory;

	private final EventDispatcher dispatcher;

	private final LifecycleHooks lifecycleHooks;

	private final HttpFunctionHandler httpHandler;

	private final long maxRequestBytes;

	private final boolean includeStackTrace;

	public FgProtocolHandler(FgContextFactory contextFactory, FunctionInvoker invoker, EventDispatcher dispatcher,
			LifecycleHooks lifecycleHooks, long maxRequestBytes, boolean includeStackTrace,
			boolean includeServerErrorMessage) {
		this.contextFactory = contextFactory;
		this.dispatcher = dispatcher;
		this.lifecycleHooks = lifecycleHooks;
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
			String path = exchange.getRequestURI().getPath();
			boolean post = "POST".equals(exchange.getRequestMethod());
			if (post && "/invoke".equals(path)) {
				event(exchange, context, requestedFunction);
			}
			else if (post && "/init".equals(path)) {
				initialize(exchange, context);
			}
			else {
				this.httpHandler.handle(exchange, context, requestedFunction, () -> {
				});
			}
		}
	}

	private void event(HttpExchange exchange, InvocationContext context, String requestedFunction) throws IOException {
		FunctionResult result;
		try {
			result = this.dispatcher.dispatch(context, requestedFunction,
					HttpExchanges.readBody(exchange, this.maxRequestBytes));
		}
		catch (Throwable ex) {
			fail(exchange, context, ex);
			return;
		}
		HttpExchanges.send(exchange, 200, Map.of(), result.contentType(), result.body(), RESERVED_HEADERS);
	}

	private void initialize(HttpExchange exchange, InvocationContext context) throws IOException {
		try (FnContextHolder.Scope scope = FnContextHolder.bind(context)) {
			this.lifecycleHooks.initialize(context);
		}
		catch (Throwable ex) {
			fail(exchange, context, ex);
			return;
		}
		HttpExchanges.send(exchange, 200, Map.of(), null, new byte[0], RESERVED_HEADERS);
	}

	private void fail(HttpExchange exchange, InvocationContext context, Throwable ex) throws IOException {
		Failure failure = Failure.of(ex);
		FailureLog.log(context, failure);
		HttpExchanges.send(exchange, 500, Map.of(), "application/json", FgErrorBody.of(failure, this.includeStackTrace),
				RESERVED_HEADERS);
	}

}
