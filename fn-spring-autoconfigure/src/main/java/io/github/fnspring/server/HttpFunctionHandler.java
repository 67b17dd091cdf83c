package io.github.fnspring.server;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import com.sun.net.httpserver.HttpExchange;
import org.jspecify.annotations.Nullable;

import io.github.fnspring.FnContext;
import io.github.fnspring.core.FailurePipeline;
import io.github.fnspring.core.FunctionInvoker;
import io.github.fnspring.core.FunctionResult;
import io.github.fnspring.core.HttpErrorBody;
import io.github.fnspring.event.HttpRequestEvent;

/**
 * Serves a plain HTTP request with the function, as HTTP functions on every cloud do:
 * the body becomes the function's input, its output the response. Failures answer with
 * {@link HttpErrorBody}: the exception's status or 500, never a stack trace.
 */
final class HttpFunctionHandler {

	private final FunctionInvoker invoker;

	private final long maxRequestBytes;

	private final FailurePipeline failures;

	private final Predicate<String> reservedHeaders;

	private final Predicate<String> credentialHeaders;

	/**
	 * @param reservedHeaders lower-case response header names the platform reserves
	 * @param credentialHeaders lower-case names of the request headers that carry the
	 * platform's credentials: the function gets them from {@code FnContext}, never as headers,
	 * so that logging a request or a message cannot print them
	 */
	HttpFunctionHandler(FunctionInvoker invoker, long maxRequestBytes, boolean includeServerErrorMessage,
			Predicate<String> reservedHeaders, Set<String> credentialHeaders) {
		this.invoker = invoker;
		this.credentialHeaders = credentialHeaders::contains;
		this.maxRequestBytes = maxRequestBytes;
		this.failures = new FailurePipeline(new HttpErrorBody(includeServerErrorMessage));
		this.reservedHeaders = reservedHeaders;
	}

	/**
	 * @param beforeResponse runs once the outcome is known and before the client sees it,
	 * for platforms that frame an invocation's log output
	 */
	void handle(HttpExchange exchange, FnContext context, @Nullable String requestedFunction,
			Runnable beforeResponse) throws IOException {
		FunctionResult result;
		try {
			HttpRequestEvent request = HttpExchanges.toRequestEvent(exchange,
					HttpExchanges.readBody(exchange, this.maxRequestBytes), this.credentialHeaders);
			result = this.invoker.invokeHttp(context, requestedFunction, request);
		}
		catch (Throwable ex) {
			FailurePipeline.RenderedFailure failed = this.failures.handle(ex, context);
			beforeResponse.run();
			HttpExchanges.send(exchange, failed.failure().httpStatus(), Map.of(), "application/json", failed.body(),
					this.reservedHeaders);
			return;
		}
		beforeResponse.run();
		HttpExchanges.send(exchange, result.statusOr(200), result.headers(), result.contentType(), result.body(),
				this.reservedHeaders);
	}

}
