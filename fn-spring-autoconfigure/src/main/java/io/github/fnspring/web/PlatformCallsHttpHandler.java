package io.github.fnspring.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;

import com.sun.net.httpserver.Headers;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.HttpHandler;
import org.springframework.http.server.reactive.ServerHttpRequest;
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

	PlatformCallsHttpHandler(HttpHandler application, SharedWebServer sharedServer) {
		this.application = application;
		this.sharedServer = sharedServer;
	}

	@Override
	public Mono<Void> handle(ServerHttpRequest request, ServerHttpResponse response) {
		SharedServerHandler handler = this.sharedServer.handler();
		if (handler == null) {
			return this.application.handle(request, response);
		}
		ReactiveRequestView view = new ReactiveRequestView(request);
		if (handler.isPlatformCall(view)) {
			return platformCall(handler, request, response);
		}
		SharedServerHandler.ApplicationInvocation invocation = handler.beginApplicationRequest(view);
		// bound while the application assembles and starts its answer on this thread; Reactor's
		// context carries it to every other thread that works for the request
		return Mono.defer(() -> {
			try (FnContextHolder.Scope scope = FnContextHolder.bind(invocation.context())) {
				return this.application.handle(request, response);
			}
		})
			.contextWrite(Context.of(FnContextHolder.CONTEXT_KEY, invocation.context()))
			.doFinally((signal) -> invocation.close());
	}

	private Mono<Void> platformCall(SharedServerHandler handler, ServerHttpRequest request,
			ServerHttpResponse response) {
		return DataBufferUtils.join(request.getBody(), MAX_BUFFERED_BYTES)
			.map(PlatformCallsHttpHandler::bytes)
			.defaultIfEmpty(new byte[0])
			.publishOn(Schedulers.boundedElastic())
			.map((body) -> {
				BufferedHttpExchange exchange = new BufferedHttpExchange(request.getMethod().name(),
						URI.create(request.getURI().getRawPath()
								+ ((request.getURI().getRawQuery() != null) ? "?" + request.getURI().getRawQuery()
										: "")),
						headers(request), body, request.getRemoteAddress());
				try {
					handler.handle(exchange);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
				return exchange;
			})
			.flatMap((exchange) -> {
				response.setStatusCode(HttpStatusCode.valueOf(exchange.status()));
				exchange.getResponseHeaders().forEach((name, values) -> response.getHeaders().put(name, values));
				byte[] body = exchange.body();
				return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
			})
			.onErrorResume(DataBufferLimitException.class, (ex) -> {
				response.setStatusCode(HttpStatus.CONTENT_TOO_LARGE);
				return response.setComplete();
			});
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
