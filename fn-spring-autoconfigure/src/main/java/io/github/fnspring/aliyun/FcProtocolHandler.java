package io.github.fnspring.aliyun;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import io.github.fnspring.core.EventDispatcher;
import io.github.fnspring.core.EventErrorDetail;
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
 * FC's custom-runtime protocol: {@code POST /invoke} (events, including HTTP-trigger
 * events), {@code POST /initialize}, {@code GET /pre-stop}, and any other request as an
 * HTTP-trigger request. FC's {@code x-fc-control-path} header, when sent, decides the
 * route, so an HTTP trigger may use a path such as {@code /invoke} for itself.
 */
public final class FcProtocolHandler implements HttpHandler {

	private static final Predicate<String> RESERVED_HEADERS = (name) -> name.startsWith(FcHeaders.PREFIX);

	private final FcContextFactory contextFactory;

	private final EventDispatcher eventDispatcher;

	private final LifecycleHooks lifecycleHooks;

	private final HttpFunctionHandler httpHandler;

	private final FcInvocationLog invocationLog;

	private final long maxRequestBytes;

	private final EventErrorDetail errorDetail;

	public FcProtocolHandler(FcContextFactory contextFactory, FunctionInvoker invoker, LifecycleHooks lifecycleHooks,
			long maxRequestBytes, EventErrorDetail errorDetail, boolean includeServerErrorMessage) {
		this.contextFactory = contextFactory;
		this.eventDispatcher = new EventDispatcher(invoker, List.of(new FcHttpTriggerEvent()), includeServerErrorMessage);
		this.lifecycleHooks = lifecycleHooks;
		this.maxRequestBytes = maxRequestBytes;
		this.errorDetail = errorDetail;
		this.httpHandler = new HttpFunctionHandler(invoker, maxRequestBytes, includeServerErrorMessage,
				RESERVED_HEADERS);
		this.invocationLog = new FcInvocationLog();
	}

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		try {
			switch (route(exchange)) {
				case INVOKE -> invoke(exchange);
				case INITIALIZE -> initialize(exchange);
				case PRE_STOP -> preStop(exchange);
				case PRE_FREEZE -> HttpExchanges.send(exchange, 200, Map.of(), null, new byte[0], RESERVED_HEADERS);
				case HTTP -> http(exchange);
			}
		}
		finally {
			exchange.close();
		}
	}

	private enum Route {

		INVOKE, INITIALIZE, PRE_STOP, PRE_FREEZE, HTTP

	}

	private static Route route(HttpExchange exchange) {
		String controlPath = HttpExchanges.header(exchange, FcHeaders.CONTROL_PATH);
		String path = (controlPath != null) ? controlPath : exchange.getRequestURI().getPath();
		String method = exchange.getRequestMethod();
		if ("/http-invoke".equals(controlPath)) {
			return Route.HTTP;
		}
		if ("POST".equals(method) && "/invoke".equals(path)) {
			return Route.INVOKE;
		}
		if ("POST".equals(method) && "/initialize".equals(path)) {
			return Route.INITIALIZE;
		}
		if ("GET".equals(method) && "/pre-stop".equals(path)) {
			return Route.PRE_STOP;
		}
		if ("GET".equals(method) && "/pre-freeze".equals(path)) {
			return Route.PRE_FREEZE;
		}
		return Route.HTTP;
	}

	private void invoke(HttpExchange exchange) throws IOException {
		InvocationContext context = this.contextFactory.create(exchange.getRequestHeaders());
		String requestedFunction = HttpExchanges.header(exchange, FcHeaders.FUNCTION_NAME);
		this.invocationLog.invokeStart(context.requestId());
		FunctionResult result;
		try {
			byte[] event = HttpExchanges.readBody(exchange, this.maxRequestBytes);
			result = this.eventDispatcher.dispatch(context, requestedFunction, event);
		}
		catch (Throwable ex) {
			// Errors and sneaky checked exceptions too: every invocation gets FC's error answer
			byte[] body = logFailure(context, ex);
			this.invocationLog.invokeEnd(context.requestId());
			exchange.getResponseHeaders().set(FcHeaders.STATUS, "404");
			send(exchange, 404, "application/json", body);
			return;
		}
		this.invocationLog.invokeEnd(context.requestId());
		send(exchange, 200, result.contentType(), result.body());
	}

	private void initialize(HttpExchange exchange) throws IOException {
		InvocationContext context = this.contextFactory.create(exchange.getRequestHeaders());
		this.invocationLog.initializeStart(context.requestId());
		try (FnContextHolder.Scope scope = FnContextHolder.bind(context)) {
			// Read first: the server cuts a request whose body is not read within its request time
			HttpExchanges.readBody(exchange, this.maxRequestBytes);
			this.lifecycleHooks.initialize(context);
		}
		catch (Throwable ex) {
			byte[] body = logFailure(context, ex);
			this.invocationLog.initializeEnd(context.requestId());
			send(exchange, 500, "application/json", body);
			return;
		}
		this.invocationLog.initializeEnd(context.requestId());
		send(exchange, 200, null, new byte[0]);
	}

	private void preStop(HttpExchange exchange) throws IOException {
		InvocationContext context = this.contextFactory.create(exchange.getRequestHeaders());
		this.invocationLog.preStopStart(context.requestId());
		try (FnContextHolder.Scope scope = FnContextHolder.bind(context)) {
			this.lifecycleHooks.preStop(context);
		}
		catch (Throwable ex) {
			byte[] body = logFailure(context, ex);
			this.invocationLog.preStopEnd(context.requestId());
			send(exchange, 500, "application/json", body);
			return;
		}
		this.invocationLog.preStopEnd(context.requestId());
		send(exchange, 200, null, new byte[0]);
	}

	/**
	 * Logs a failure and returns FC's error body for it. FC cuts a request's log at its End
	 * line, so this runs before that line is written: the error and its stack trace belong
	 * to the request.
	 */
	private byte[] logFailure(InvocationContext context, Throwable ex) {
		Failure failure = Failure.of(ex);
		FailureLog.log(context, failure);
		return FcErrorBody.of(failure, this.errorDetail);
	}

	private void http(HttpExchange exchange) throws IOException {
		InvocationContext context = this.contextFactory.create(exchange.getRequestHeaders());
		this.invocationLog.invokeStart(context.requestId());
		this.httpHandler.handle(exchange, context, HttpExchanges.header(exchange, FcHeaders.FUNCTION_NAME),
				() -> this.invocationLog.invokeEnd(context.requestId()));
	}

	private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
		HttpExchanges.send(exchange, status, Map.<String, List<String>>of(), contentType, body, RESERVED_HEADERS);
	}

}
