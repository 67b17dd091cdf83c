package io.github.fnspring.server;

import java.net.InetSocketAddress;

import com.sun.net.httpserver.HttpHandler;
import org.jspecify.annotations.Nullable;

import io.github.fnspring.FnContext;

/**
 * A platform's HTTP protocol handler that can share a web server with the application's own
 * web layer (its controllers): the platform's own calls (events, the initializer, pre-stop,
 * health checks) are the handler's, every other request is the application's, served within
 * an invocation of its own (its context bound, the initializer run first, the platform's log
 * framing around it).
 */
public interface SharedServerHandler extends HttpHandler {

	/** Whether the request is one of the platform's own calls, which this handler answers. */
	boolean isPlatformCall(Request request);

	/**
	 * Serves a request of the application's web layer as one invocation: its context read from
	 * the platform's headers and bound to the thread (and the log's request id), the
	 * initializer run once before the first, the platform's log framing around it.
	 * @param application serves the request: the web layer's own filter chain
	 */
	void serveApplicationRequest(Request request, ApplicationRequest application) throws Exception;

	/** What telling a platform call from an application request takes from a request. */
	interface Request {

		String method();

		String path();

		/** A request header, by its name in any case. */
		@Nullable String header(String name);

		@Nullable InetSocketAddress remoteAddress();

	}

	/** The application's handling of one request. */
	@FunctionalInterface
	interface ApplicationRequest {

		/** @param context the request's invocation, bound to the calling thread */
		void proceed(FnContext context) throws Exception;

	}

}
