package io.github.fnspring.huawei;

import java.io.IOException;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.context.ConfigurableApplicationContext;

import io.github.fnspring.core.EventDispatcher;
import io.github.fnspring.core.EventErrorDetail;
import io.github.fnspring.core.FunctionInvoker;
import io.github.fnspring.core.LifecycleHooks;
import io.github.fnspring.server.PlatformHttpHandler;

/**
 * FunctionGraph's HTTP functions and container images, where the app is the server:
 * {@code POST /invoke} is an event (container event functions), {@code POST /init} runs the
 * initializers, {@code GET /healthz} and {@code GET /shutdown} are the platform's health
 * check and graceful stop ({@link FgContainerLifecycle}), any other request is an HTTP
 * request (HTTP functions). A failed event answers 500, a non-2xx status FunctionGraph
 * counts as a function error, with FunctionGraph's error body.
 */
final class FgProtocolHandler implements HttpHandler {

	private final HttpHandler lifecycle;

	/**
	 * @param availability the application's availability, for the health check, or
	 * {@code null} when it has none
	 * @param application closed by the platform's graceful stop
	 */
	FgProtocolHandler(FgContextFactory contextFactory, FunctionInvoker invoker, EventDispatcher dispatcher,
			LifecycleHooks lifecycleHooks, long maxRequestBytes, EventErrorDetail errorDetail,
			boolean includeServerErrorMessage, @Nullable ApplicationAvailability availability,
			ConfigurableApplicationContext application) {
		PlatformHttpHandler requests = new PlatformHttpHandler(
				new FgHttpDialect(), contextFactory, new FgErrorBody(errorDetail), invoker, dispatcher, lifecycleHooks,
				maxRequestBytes, includeServerErrorMessage);
		this.lifecycle = new FgContainerLifecycle(requests, contextFactory, lifecycleHooks, availability, application);
	}

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		this.lifecycle.handle(exchange);
	}

}
