package io.github.fnspring.aliyun;

import java.io.IOException;
import java.util.List;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import io.github.fnspring.core.EventDispatcher;
import io.github.fnspring.core.EventErrorDetail;
import io.github.fnspring.core.FunctionInvoker;
import io.github.fnspring.core.LifecycleHooks;
import io.github.fnspring.server.PlatformHttpHandler;
import io.github.fnspring.server.RefusalAware;

/**
 * FC's custom-runtime and custom-container protocol, spoken by the shared
 * {@link PlatformHttpHandler} in FC's dialect ({@link FcHttpDialect}); events may be FC's
 * JSON HTTP-trigger events, answered in their envelope.
 */
public final class FcProtocolHandler implements HttpHandler, RefusalAware {

	private final PlatformHttpHandler handler;

	public FcProtocolHandler(FcContextFactory contextFactory, FunctionInvoker invoker, LifecycleHooks lifecycleHooks,
			long maxRequestBytes, EventErrorDetail errorDetail, boolean includeServerErrorMessage) {
		EventDispatcher dispatcher = new EventDispatcher(invoker, List.of(new FcHttpTriggerEvent()),
				includeServerErrorMessage);
		this.handler = new PlatformHttpHandler(new FcHttpDialect(), contextFactory, new FcErrorBody(errorDetail),
				invoker, dispatcher, lifecycleHooks, maxRequestBytes, includeServerErrorMessage);
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
