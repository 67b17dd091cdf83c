package io.github.fnspring.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Set;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import org.jspecify.annotations.Nullable;

import io.github.fnspring.FnContext;

/**
 * A platform's HTTP protocol handler that can share a web server with the application's own
 * web layer (its controllers): the platform's own calls (events, the initializer, pre-stop,
 * health checks) are the handler's, every other request is the application's, served within
 * an invocation of its own (its context, the initializer run first, the platform's log framing
 * around it).
 */
public interface SharedServerHandler extends HttpHandler {

	/**
	 * The lower-case names of the request headers that carry the platform's credentials, which
	 * the application's web layer must not see: they are in its {@code FnContext}, and would
	 * otherwise reach whatever records headers (request logs, exchange recorders, traces).
	 */
	Set<String> credentialHeaders();

	/** Whether the request is one of the platform's own calls, which this handler answers. */
	boolean isPlatformCall(Request request);

	/**
	 * Answers a platform call whose body the shared server would not buffer, as the platform's
	 * own protocol answers a body over its limit: its error shape, status and log framing. By
	 * default a bare 413.
	 * @param limitBytes the largest body the server buffers
	 */
	default void refuseTooLarge(HttpExchange exchange, long limitBytes) throws IOException {
		try (exchange) {
			exchange.sendResponseHeaders(413, -1);
		}
	}

	/**
	 * Begins a request of the application's web layer as one invocation: its context read from
	 * the platform's headers, the initializer run once before the first, the platform's opening
	 * log line. The caller binds the context while the application serves the request, and
	 * closes the invocation when the answer is done, which writes the closing log line.
	 */
	ApplicationInvocation beginApplicationRequest(Request request);

	/** What telling a platform call from an application request takes from a request. */
	interface Request {

		String method();

		String path();

		/** A request header, by its name in any case. */
		@Nullable String header(String name);

		@Nullable InetSocketAddress remoteAddress();

	}

	/** A request of the application's web layer, served as an invocation. */
	interface ApplicationInvocation extends AutoCloseable {

		/** The request's invocation context. */
		FnContext context();

		/** Ends the invocation: the platform's closing log line. */
		@Override
		void close();

	}

}
