package io.github.fnspring.server;

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

/**
 * The HTTP protocol of platforms that call the app as a server with one event path, an
 * optional initializer path, and every other request passed through as an HTTP request
 * (SCF web and image functions, FunctionGraph HTTP functions and container images). What
 * differs between them is the {@link HttpDialect}.
 */
public final class PlatformHttpHandler implements HttpHandler {

	private final HttpDialect dialect;

	private final EventDispatcher dispatcher;

	private final LifecycleHooks lifecycleHooks;

	private final HttpFunctionHandler httpHandler;

	private final Predicate<String> reservedHeaders;

	private final long maxRequestBytes;

	public PlatformHttpHandler(HttpDialect dialect, FunctionInvoker invoker, EventDispatcher dispatcher,
			LifecycleHooks lifecycleHooks, long maxRequestBytes, boolean includeServerErrorMessage) {
		this.dialect = dialect;
		this.dispatcher = dispatcher;
		this.lifecycleHooks = lifecycleHooks;
		this.maxRequestBytes = maxRequestBytes;
		String prefix = dialect.reservedHeaderPrefix().toLowerCase(Locale.ROOT);
		this.reservedHeaders = (name) -> name.toLowerCase(Locale.ROOT).startsWith(prefix);
		this.httpHandler = new HttpFunctionHandler(invoker, maxRequestBytes, includeServerErrorMessage,
				this.reservedHeaders);
	}

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			InvocationContext context = this.dialect.context((name) -> HttpExchanges.header(exchange, name));
			String requestedFunction = HttpExchanges.header(exchange, this.dialect.functionNameHeader());
			String path = exchange.getRequestURI().getPath();
			boolean post = "POST".equals(exchange.getRequestMethod());
			if (post && path.equals(this.dialect.eventPath())) {
				event(exchange, context, requestedFunction);
			}
			else if (post && path.equals(this.dialect.initPath())) {
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
		HttpExchanges.send(exchange, 200, Map.of(), result.contentType(), result.body(), this.reservedHeaders);
	}

	private void initialize(HttpExchange exchange, InvocationContext context) throws IOException {
		try (FnContextHolder.Scope scope = FnContextHolder.bind(context)) {
			// Read first: the server cuts a request whose body is not read within its request time
			HttpExchanges.readBody(exchange, this.maxRequestBytes);
			this.lifecycleHooks.initialize(context);
		}
		catch (Throwable ex) {
			fail(exchange, context, ex);
			return;
		}
		HttpExchanges.send(exchange, 200, Map.of(), null, new byte[0], this.reservedHeaders);
	}

	private void fail(HttpExchange exchange, InvocationContext context, Throwable ex) throws IOException {
		Failure failure = Failure.of(ex);
		FailureLog.log(context, failure);
		HttpExchanges.send(exchange, this.dialect.failureStatus(failure), Map.of(), "application/json",
				this.dialect.failureBody(failure, context), this.reservedHeaders);
	}

}
