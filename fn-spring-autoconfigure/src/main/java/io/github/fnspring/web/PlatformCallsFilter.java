package io.github.fnspring.web;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;

import io.github.fnspring.FnContext;
import io.github.fnspring.core.FailurePipeline;
import io.github.fnspring.core.FnContextHolder;
import io.github.fnspring.platform.SharedWebServer;
import io.github.fnspring.server.SharedServerHandler;

/**
 * The first filter of a servlet web application that shares its server with a platform: the
 * platform's own calls go to its protocol handler, every other request on to the
 * application's filters and controllers, within an invocation of its own.
 */
final class PlatformCallsFilter extends OncePerRequestFilter {

	private final SharedWebServer sharedServer;

	private final ForwardedInvocations forwarded;

	/** The platform's credential headers and the forwarding token's, once the handler is known. */
	private volatile @Nullable Set<String> hiddenHeaders;

	PlatformCallsFilter(SharedWebServer sharedServer, ForwardedInvocations forwarded) {
		this.sharedServer = sharedServer;
		this.forwarded = forwarded;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		SharedServerHandler handler = this.sharedServer.handler();
		String token = request.getHeader(ForwardedInvocations.HEADER);
		if (token != null) {
			serveForwardedEvent(request, response, chain, handler, token);
			return;
		}
		if (handler == null) {
			// no platform shares this server (fn.server.enabled=false, a custom runtime): the application's alone
			chain.doFilter(request, response);
			return;
		}
		ServletRequestView view = new ServletRequestView(request);
		if (handler.isPlatformCall(view)) {
			handler.handle(new ServletHttpExchange(request, response));
			return;
		}
		SharedServerHandler.ApplicationInvocation invocation = handler.beginApplicationRequest(view);
		boolean answeredLater = false;
		try (FnContextHolder.Scope scope = FnContextHolder.bind(invocation.context())) {
			serve(new WithoutCredentialHeaders(request, hiddenHeaders(handler)), response, chain,
					invocation.context());
			// an asynchronous answer (Callable, DeferredResult, SSE) ends the invocation when it is done
			if (request.isAsyncStarted()) {
				request.getAsyncContext().addListener(new InvocationEnd(invocation));
				answeredLater = true;
			}
		}
		finally {
			if (!answeredLater) {
				invocation.close();
			}
		}
	}

	/**
	 * A request sent for an HTTP-trigger event, served within the event's invocation, which
	 * its one-time token names. A token that names none (guessed, replayed, or from elsewhere)
	 * is refused: such a request is never taken for another, nor for a platform call.
	 */
	private void serveForwardedEvent(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
			@Nullable SharedServerHandler handler, String token) throws IOException, ServletException {
		FnContext event = this.forwarded.claim(token, fromThisMachine(request));
		if (event == null) {
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		try (FnContextHolder.Scope scope = FnContextHolder.bind(event)) {
			serve(new UnknownClientRequest(new WithoutCredentialHeaders(request, hiddenHeaders(handler))), response,
					chain, event);
		}
	}

	/** The platform's credential headers and the forwarding token's. */
	private Set<String> hiddenHeaders(@Nullable SharedServerHandler handler) {
		if (handler == null) {
			return Set.of(ForwardedInvocations.HEADER);
		}
		Set<String> hidden = this.hiddenHeaders;
		if (hidden == null) {
			Set<String> union = new HashSet<>(handler.credentialHeaders());
			union.add(ForwardedInvocations.HEADER);
			hidden = Set.copyOf(union);
			this.hiddenHeaders = hidden;
		}
		return hidden;
	}

	/** A request from a loopback address, or from the very address it was sent to. */
	private static boolean fromThisMachine(HttpServletRequest request) {
		InetSocketAddress remote = ServletHttpExchange.remoteAddress(request);
		return remote != null && (remote.getAddress().isLoopbackAddress()
				|| remote.getAddress().getHostAddress().equals(request.getLocalAddr()));
	}

	/** Ends an invocation whose answer was asynchronous, once, when the answer is done. */
	private static final class InvocationEnd implements AsyncListener {

		private final SharedServerHandler.ApplicationInvocation invocation;

		private final AtomicBoolean ended = new AtomicBoolean();

		InvocationEnd(SharedServerHandler.ApplicationInvocation invocation) {
			this.invocation = invocation;
		}

		@Override
		public void onComplete(AsyncEvent event) {
			end();
		}

		@Override
		public void onTimeout(AsyncEvent event) {
			end();
		}

		@Override
		public void onError(AsyncEvent event) {
			end();
		}

		/** A new asynchronous cycle of the same request: keep listening. */
		@Override
		public void onStartAsync(AsyncEvent event) {
			AsyncContext context = event.getAsyncContext();
			if (context != null) {
				context.addListener(this);
			}
		}

		private void end() {
			if (this.ended.compareAndSet(false, true)) {
				this.invocation.close();
			}
		}

	}

	/**
	 * Passes the request on to the application. A failure nothing in the application handled
	 * is logged here, within the invocation (its request id on the line, before the platform's
	 * closing log line), and answered by Spring Boot's error handling as the container would,
	 * which would otherwise log it outside the invocation.
	 */
	private static void serve(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
			FnContext context) throws IOException, ServletException {
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			if (response.isCommitted()) {
				throw ex;
			}
			Throwable failure = (ex instanceof ServletException servlet && servlet.getRootCause() != null)
					? servlet.getRootCause() : ex;
			FailurePipeline.describeAndLog(failure, context);
			request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, failure);
			response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
		}
	}

	/** What the handler looks at to tell a platform call from an application request. */
	private record ServletRequestView(HttpServletRequest request) implements SharedServerHandler.Request {

		@Override
		public String method() {
			return this.request.getMethod();
		}

		@Override
		public String path() {
			return this.request.getRequestURI();
		}

		@Override
		public @Nullable String header(String name) {
			return this.request.getHeader(name);
		}

		@Override
		public @Nullable InetSocketAddress remoteAddress() {
			return ServletHttpExchange.remoteAddress(this.request);
		}

	}

}
