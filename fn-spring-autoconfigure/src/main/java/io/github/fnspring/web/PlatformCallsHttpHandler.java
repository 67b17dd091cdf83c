package io.github.fnspring.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Set;

import com.sun.net.httpserver.Headers;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.HttpHandler;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.http.server.reactive.ServerHttpResponse;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.util.context.Context;

import io.github.fnspring.core.FnContextHolder;
import io.github.fnspring.platform.SharedWebServer;
import io.github.fnspring.server.SharedServerHandler;

/**
 * Wraps a reactive web application's whole HTTP handling (its filters, handlers and error
 * handling) when it shares its server with a platform: the platform's calls go to its
 * protocol handler on a worker thread, every other request on to the application within an
 * invocation of its own, whose context follows the request's work from thread to thread
 * (Reactor's context, and with Micrometer's context propagation on the class path, the
 * thread-local {@code FnContext} and log request id on every thread that works for it).
 */
final class PlatformCallsHttpHandler implements HttpHandler {

	/** More than any platform sends in one call; the protocol handler enforces the platform's own limit. */
	private static final int MAX_BUFFERED_BYTES = 64 * 1024 * 1024;

	private final HttpHandler application;

	private final SharedWebServer sharedServer;

	/** Whether the application's initializers have run, after which a request begins on its own thread. */
	private volatile boolean initialized;

	PlatformCallsHttpHandler(HttpHandler application, SharedWebServer sharedServer) {
		this.application = application;
		this.sharedServer = sharedServer;
	}

	@Override
	public Mono<Void> handle(ServerHttpRequest request, ServerHttpResponse response) {
		SharedServerHandler handler = this.sharedServer.handler();
		// an HTTP-trigger event served in process is already within the event's invocation
		if (ServerHttpRequestDecorator.getNativeRequest(request) instanceof InMemoryServerHttpRequest) {
			return this.application.handle(request, response);
		}
		if (request.getHeaders().containsHeader(ForwardedInvocations.HEADER)) {
			// a reactive application serves events in process and issues no tokens: any is forged
			response.setStatusCode(HttpStatus.BAD_REQUEST);
			return response.setComplete();
		}
		if (handler == null) {
			return this.application.handle(request, response);
		}
		ReactiveRequestView view = new ReactiveRequestView(request);
		if (handler.isPlatformCall(view)) {
			return platformCall(handler, request, response);
		}
		ServerHttpRequest seen = withoutCredentialHeaders(request, handler.credentialHeaders());
		// Begun when subscribed, and until the initializers have run once on a worker: they may
		// block, which the server's own threads must never do
		Mono<SharedServerHandler.ApplicationInvocation> begun = Mono
			.fromCallable(() -> handler.beginApplicationRequest(view));
		if (!this.initialized) {
			begun = begun.subscribeOn(Schedulers.boundedElastic()).doOnNext((invocation) -> this.initialized = true);
		}
		return Mono.usingWhen(begun, (invocation) -> served(invocation, seen, response),
				(invocation) -> Mono.fromRunnable(invocation::close));
	}

	/**
	 * Bound while the application assembles and starts its answer on the subscribing thread;
	 * Reactor's context carries it to every other thread that works for the request.
	 */
	private Mono<Void> served(SharedServerHandler.ApplicationInvocation invocation, ServerHttpRequest request,
			ServerHttpResponse response) {
		return Mono.defer(() -> {
			try (FnContextHolder.Scope scope = FnContextHolder.bind(invocation.context())) {
				return this.application.handle(request, response);
			}
		}).contextWrite(Context.of(FnContextHolder.CONTEXT_KEY, invocation.context()));
	}

	/** The request as the application sees it: without the platform's credential headers, which its FnContext has. */
	private static ServerHttpRequest withoutCredentialHeaders(ServerHttpRequest request, Set<String> hidden) {
		boolean carriesAny = hidden.stream().anyMatch((name) -> request.getHeaders().containsHeader(name));
		return carriesAny ? request.mutate().headers((headers) -> hidden.forEach(headers::remove)).build() : request;
	}

	private Mono<Void> platformCall(SharedServerHandler handler, ServerHttpRequest request,
			ServerHttpResponse response) {
		return DataBufferUtils.join(request.getBody(), MAX_BUFFERED_BYTES)
			.map(PlatformCallsHttpHandler::bytes)
			.defaultIfEmpty(new byte[0])
			.publishOn(Schedulers.boundedElastic())
			.map((body) -> {
				BufferedHttpExchange exchange = exchange(request, body);
				try {
					handler.handle(exchange);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
				return exchange;
			})
			.onErrorResume(DataBufferLimitException.class, (ex) -> Mono.fromCallable(() -> {
				// answered by the platform's protocol, in its error shape, without the body
				BufferedHttpExchange refused = exchange(request, new byte[0]);
				handler.refuseTooLarge(refused, MAX_BUFFERED_BYTES);
				return refused;
			}).subscribeOn(Schedulers.boundedElastic()))
			.flatMap((exchange) -> answer(exchange, response));
	}

	private static BufferedHttpExchange exchange(ServerHttpRequest request, byte[] body) {
		String query = request.getURI().getRawQuery();
		return new BufferedHttpExchange(request.getMethod().name(),
				URI.create(request.getURI().getRawPath() + ((query != null) ? "?" + query : "")), headers(request), body,
				request.getRemoteAddress());
	}

	private static Mono<Void> answer(BufferedHttpExchange exchange, ServerHttpResponse response) {
		response.setStatusCode(HttpStatusCode.valueOf(exchange.status()));
		exchange.getResponseHeaders().forEach((name, values) -> response.getHeaders().put(name, values));
		return response.writeWith(Mono.just(response.bufferFactory().wrap(exchange.body())));
	}

	private static byte[] bytes(DataBuffer buffer) {
		try {
			byte[] bytes = new byte[buffer.readableByteCount()];
			buffer.read(bytes);
			return bytes;
		}
		finally {
			DataBufferUtils.release(buffer);
		}
	}

	private static Headers headers(ServerHttpRequest request) {
		Headers headers = new Headers();
		request.getHeaders().forEach((name, values) -> headers.put(name, values));
		return headers;
	}

	/** What the handler looks at to tell a platform call from an application request. */
	private record ReactiveRequestView(ServerHttpRequest request) implements SharedServerHandler.Request {

		@Override
		public String method() {
			return this.request.getMethod().name();
		}

		@Override
		public String path() {
			return this.request.getURI().getRawPath();
		}

		@Override
		public @Nullable String header(String name) {
			return this.request.getHeaders().getFirst(name);
		}

		@Override
		public @Nullable InetSocketAddress remoteAddress() {
			return this.request.getRemoteAddress();
		}

	}

}
