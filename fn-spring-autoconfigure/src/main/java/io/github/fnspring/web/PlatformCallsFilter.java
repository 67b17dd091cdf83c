package io.github.fnspring.web;

import java.io.IOException;
import java.net.InetSocketAddress;
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

	PlatformCallsFilter(SharedWebServer sharedServer) {
		this.sharedServer = sharedServer;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		SharedServerHandler handler = this.sharedServer.handler();
		if (handler == null) {
			// no platform shares this server (fn.server.enabled=false): the application's alone
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
			serve(new WithoutCredentialHeaders(request, handler.credentialHeaders()), response, chain,
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
