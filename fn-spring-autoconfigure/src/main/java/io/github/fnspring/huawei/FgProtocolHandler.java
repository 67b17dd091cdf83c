package io.github.fnspring.huawei;

import java.io.IOException;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import io.github.fnspring.core.EventDispatcher;
import io.github.fnspring.core.FunctionInvoker;
import io.github.fnspring.core.LifecycleHooks;
import io.github.fnspring.server.PlatformHttpHandler;

/**
 * FunctionGraph's HTTP functions and container images, where the app is the server:
 * {@code POST /invoke} is an event (container event functions), {@code POST /init} runs the
 * initializers, any other request is an HTTP request (HTTP functions). How a container
 * image reports an error is not documented: a failed event answers 500 with FunctionGraph's
 * error body.
 */
public final class FgProtocolHandler implements HttpHandler {

	private final PlatformHttpHandler handler;

	public FgProtocolHandler(FgContextFactory contextFactory, FunctionInvoker invoker, EventDispatcher dispatcher,
			LifecycleHooks lifecycleHooks, long maxRequestBytes, boolean includeStackTrace,
			boolean includeServerErrorMessage) {
		PlatformHttpHandler.Dialect dialect = new PlatformHttpHandler.Dialect("/invoke", "/init", "X-CFF-Func-Name",
				"x-cff-", contextFactory::fromHttpHeaders, (failure) -> 500,
				(failure, context) -> FgErrorBody.of(failure, includeStackTrace));
		this.handler = new PlatformHttpHandler(dialect, invoker, dispatcher, lifecycleHooks, maxRequestBytes,
				includeServerErrorMessage);
	}

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		this.handler.handle(exchange);
	}

}
