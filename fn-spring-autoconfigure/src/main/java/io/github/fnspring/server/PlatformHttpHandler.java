package io.github.fnspring.server;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import com.sun.net.httpserver.HttpExchange;
import org.jspecify.annotations.Nullable;

import io.github.fnspring.FnContext;
import io.github.fnspring.core.EventDispatcher;
import io.github.fnspring.core.Failure;
import io.github.fnspring.core.FailurePipeline;
import io.github.fnspring.core.FailureRenderer;
import io.github.fnspring.core.FnContextHolder;
import io.github.fnspring.core.FunctionInvoker;
import io.github.fnspring.core.FunctionResult;
import io.github.fnspring.core.FunctionSelector;
import io.github.fnspring.core.InvalidInputException;
import io.github.fnspring.core.InvocationContext;
import io.github.fnspring.core.LifecycleHooks;

/**
 * The HTTP protocol of every platform that calls the app as a server: event invocations,
 * initializer and pre-stop calls, and every other request passed through as an HTTP
 * request (FC's custom runtimes and containers, SCF web and image functions, FunctionGraph
 * HTTP functions and container images). What differs between them is the
 * {@link HttpDialect}: routing, headers, log framing and the shape of a failure.
 */
public final class PlatformHttpHandler implements SharedServerHandler, RefusalAware {

	private static final String JSON = "application/json";

	private final HttpDialect dialect;

	private final HttpContextReader contexts;

	private final InvocationLog log;

	private final EventDispatcher dispatcher;

	private final LifecycleHooks lifecycleHooks;

	private final FailurePipeline failures;

	private final HttpFunctionHandler httpHandler;

	private final FunctionInvoker invoker;

	private final Predicate<String> reservedHeaders;

	private final long maxRequestBytes;

	private final boolean localRun;

	private final @Nullable LocalRequestGuide guide;

	private final LocalPages localPages;

	/**
	 * @param contexts reads an invocation's context from the request headers
	 * @param errors renders the platform's error body of a failed event, initializer or
	 * pre-stop call
	 */
	public PlatformHttpHandler(HttpDialect dialect, HttpContextReader contexts, FailureRenderer errors,
			FunctionInvoker invoker, EventDispatcher dispatcher, LifecycleHooks lifecycleHooks,
			HttpHandlerSettings settings) {
		this.dialect = dialect;
		this.contexts = contexts;
		this.log = dialect.log();
		this.dispatcher = dispatcher;
		this.invoker = invoker;
		this.lifecycleHooks = lifecycleHooks;
		this.failures = new FailurePipeline(errors);
		this.maxRequestBytes = settings.maxRequestBytes();
		this.localRun = settings.localRun();
		this.guide = this.localRun
				? new LocalRequestGuide(dialect.controlPaths(), dialect.eventPath(), invoker.exportedNames()) : null;
		this.localPages = settings.localPages();
		String prefix = dialect.reservedHeaderPrefix().toLowerCase(Locale.ROOT);
		this.reservedHeaders = (name) -> name.toLowerCase(Locale.ROOT).startsWith(prefix);
		this.httpHandler = new HttpFunctionHandler(invoker, settings.maxRequestBytes(),
				settings.includeServerErrorMessage(),
				this.reservedHeaders, dialect.credentialHeaders());
	}

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			UnaryOperator<@Nullable String> header = (name) -> HttpExchanges.header(exchange, name);
			HttpRoute route = this.dialect.route(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), header);
			// the local run's own pages (the console) are no invocation: no framing lines, no
			// context; and a request that names its function or its route is never theirs
			if (this.localRun && route == HttpRoute.HTTP && requestedFunction(header) == null
					&& !this.dialect.namesItsRoute(header) && this.localPages.answered(exchange)) {
				return;
			}
			if (route == HttpRoute.ACKNOWLEDGE) {
				send(exchange, 200, Map.of(), null, new byte[0]);
				return;
			}
			InvocationContext context = this.contexts.fromHttpHeaders(header);
			String requestedFunction = requestedFunction(header);
			this.log.started(route, context.requestId());
			switch (route) {
				case EVENT -> event(exchange, context, requestedFunction);
				case INITIALIZE, PRE_STOP -> lifecycle(exchange, context, route);
				default -> {
					// A request that names its function or its route is never taken for a stray one
					if (requestedFunction == null && this.guide != null && !this.dialect.namesItsRoute(header)
							&& this.guide.answered(exchange)) {
						this.log.ended(route, context.requestId());
					}
					else {
						this.httpHandler.handle(exchange, context, requestedFunction,
								() -> this.log.ended(route, context.requestId()));
					}
				}
			}
		}
	}

	/**
	 * On a web server shared with the application's web layer: the platform's calls (events,
	 * the initializer, pre-stop), and in a local run a request that names a function in
	 * {@code x-fn-function-name}, which reaches that function as an HTTP request, and the local
	 * pages' own paths (the console's {@code /fn/console}).
	 */
	@Override
	public boolean isPlatformCall(Request request) {
		HttpRoute route = this.dialect.route(request.method(), request.path(), request::header);
		return route != HttpRoute.HTTP || (this.localRun
				&& (request.header(FunctionSelector.LOCAL_FUNCTION_HEADER) != null || this.localPages.claims(request.path())));
	}

	@Override
	public void refuseTooLarge(HttpExchange exchange, long limitBytes) throws IOException {
		try (exchange) {
			UnaryOperator<@Nullable String> header = (name) -> HttpExchanges.header(exchange, name);
			HttpRoute route = this.dialect.route(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), header);
			InvocationContext context = this.contexts.fromHttpHeaders(header);
			this.log.started(route, context.requestId());
			sendFailure(exchange, route, failed(InvalidInputException.tooLarge(limitBytes), context, route));
		}
	}

	@Override
	public Set<String> credentialHeaders() {
		return this.dialect.credentialHeaders();
	}

	@Override
	public ApplicationInvocation beginApplicationRequest(Request request) {
		InvocationContext context = this.contexts.fromHttpHeaders(request::header);
		this.log.started(HttpRoute.HTTP, context.requestId());
		try {
			this.invoker.prepare(context);
		}
		catch (RuntimeException ex) {
			this.log.ended(HttpRoute.HTTP, context.requestId());
			throw ex;
		}
		return new ApplicationInvocation() {

			@Override
			public FnContext context() {
				return context;
			}

			@Override
			public void close() {
				PlatformHttpHandler.this.log.ended(HttpRoute.HTTP, context.requestId());
			}

		};
	}

	/**
	 * The function the request names: in the platform's header, or, in a local run, in
	 * {@code x-fn-function-name}, the one way on every platform's protocol. Never on a cloud,
	 * where a caller's header must not choose among the exported functions.
	 */
	private @Nullable String requestedFunction(UnaryOperator<@Nullable String> header) {
		String platformName = header.apply(this.dialect.functionNameHeader());
		if (platformName != null || !this.localRun) {
			return platformName;
		}
		return header.apply(FunctionSelector.LOCAL_FUNCTION_HEADER);
	}

	private void event(HttpExchange exchange, InvocationContext context, @Nullable String requestedFunction)
			throws IOException {
		FunctionResult result;
		try {
			result = this.dispatcher.dispatch(context, requestedFunction,
					HttpExchanges.readBody(exchange, this.maxRequestBytes));
		}
		catch (Throwable ex) {
			// Errors and sneaky checked exceptions too: every event gets the platform's error answer
			sendFailure(exchange, HttpRoute.EVENT, failed(ex, context, HttpRoute.EVENT));
			return;
		}
		this.log.ended(HttpRoute.EVENT, context.requestId());
		send(exchange, 200, Map.of(), result.contentType(), result.body());
	}

	private void lifecycle(HttpExchange exchange, InvocationContext context, HttpRoute route) throws IOException {
		try (FnContextHolder.Scope scope = FnContextHolder.bind(context)) {
			// Read first: the server cuts a request whose body is not read within its request time
			HttpExchanges.readBody(exchange, this.maxRequestBytes);
			if (route == HttpRoute.INITIALIZE) {
				this.lifecycleHooks.initialize(context);
			}
			else {
				this.lifecycleHooks.preStop(context);
			}
		}
		catch (Throwable ex) {
			sendFailure(exchange, route, failed(ex, context, route));
			return;
		}
		this.log.ended(route, context.requestId());
		send(exchange, 200, Map.of(), null, new byte[0]);
	}

	/** Marks the server's own answer as the platform's failure of the call, and ends its log framing. */
	@Override
	public void beforeRefusal(HttpExchange exchange, boolean started) {
		UnaryOperator<@Nullable String> header = (name) -> HttpExchanges.header(exchange, name);
		HttpRoute route = this.dialect.route(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), header);
		if (route == HttpRoute.EVENT) {
			this.dialect.failureHeaders(Failure.of(new IllegalStateException("The function instance is stopping")))
				.forEach((name, values) -> exchange.getResponseHeaders().put(name, values));
		}
		if (started && route != HttpRoute.ACKNOWLEDGE) {
			this.log.ended(route, this.contexts.fromHttpHeaders(header).requestId());
		}
	}

	/**
	 * Runs the failure pipeline, then ends the call's log framing: a platform that cuts a
	 * call's log at its end line (FC) gets the failure within it.
	 */
	private FailurePipeline.RenderedFailure failed(Throwable thrown, InvocationContext context, HttpRoute route) {
		FailurePipeline.RenderedFailure failed = this.failures.handle(thrown, context);
		this.log.ended(route, context.requestId());
		return failed;
	}

	/** A failure in the platform's words for the call: an event's, a lifecycle call's, or an HTTP error. */
	private void sendFailure(HttpExchange exchange, HttpRoute route, FailurePipeline.RenderedFailure failed)
			throws IOException {
		Failure failure = failed.failure();
		switch (route) {
			case EVENT -> send(exchange, this.dialect.failureStatus(failure), this.dialect.failureHeaders(failure), JSON,
					failed.body());
			case INITIALIZE, PRE_STOP -> send(exchange, this.dialect.lifecycleFailureStatus(failure), Map.of(), JSON,
					failed.body());
			default -> send(exchange, failure.httpStatus(), Map.of(), JSON, failed.body());
		}
	}

	private void send(HttpExchange exchange, int status, Map<String, List<String>> headers,
			@Nullable String contentType, byte[] body) throws IOException {
		headers.forEach((name, values) -> exchange.getResponseHeaders().put(name, values));
		HttpExchanges.send(exchange, status, Map.of(), contentType, body, this.reservedHeaders);
	}

}
