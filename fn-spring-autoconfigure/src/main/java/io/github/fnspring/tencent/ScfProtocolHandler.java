package io.github.fnspring.tencent;

import java.io.IOException;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import io.github.fnspring.core.EventDispatcher;
import io.github.fnspring.core.EventErrorDetail;
import io.github.fnspring.core.FunctionInvoker;
import io.github.fnspring.core.LifecycleHooks;
import io.github.fnspring.server.PlatformHttpHandler;
import io.github.fnspring.server.RefusalAware;

/**
 * SCF's web functions and image-deployed functions, where the app is the server: the event
 * path ({@code /event-invoke}) is an event invocation (image functions), any other request
 * an HTTP request (web functions). The context comes from the {@code X-Scf-*} headers; the
 * {@code X-Scf-Name} header, the cloud function's name, picks the exported function it
 * matches. A failed event answers with SCF's status code and error body.
 */
public final class ScfProtocolHandler implements HttpHandler, RefusalAware {

	private final PlatformHttpHandler handler;

	/**
	 * @param eventPath the path of event invocations, {@code /event-invoke} by default
	 */
	public ScfProtocolHandler(ScfContextFactory contextFactory, FunctionInvoker invoker, EventDispatcher dispatcher,
			LifecycleHooks lifecycleHooks, String eventPath, long maxRequestBytes, EventErrorDetail errorDetail,
			boolean includeServerErrorMessage) {
		this.handler = new PlatformHttpHandler(
				new ScfHttpDialect(eventPath), contextFactory, new ScfErrorBody(errorDetail), invoker, dispatcher,
				lifecycleHooks, maxRequestBytes, includeServerErrorMessage);
	}

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		this.handler.handle(exchange);
	}

	@Override
	public void beforeRefusal(HttpExchange exchange, boolean started) {
		this.handler.beforeRefusal(exchange, started);
	}

}
