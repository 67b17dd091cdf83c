package io.github.fnspring.web;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpPrincipal;
import org.jspecify.annotations.Nullable;

/**
 * A request of another server seen as the JDK server's exchange, for a platform's one HTTP
 * protocol handler: what every such view shares, the request's line and headers and the
 * answer's headers and status kept here.
 */
abstract class AdaptedHttpExchange extends HttpExchange {

	private final String method;

	private final URI uri;

	private final Headers requestHeaders;

	private final Headers responseHeaders = new Headers();

	private int responseCode = -1;

	AdaptedHttpExchange(String method, URI uri, Headers requestHeaders) {
		this.method = method;
		this.uri = uri;
		this.requestHeaders = requestHeaders;
	}

	@Override
	public String getRequestMethod() {
		return this.method;
	}

	@Override
	public URI getRequestURI() {
		return this.uri;
	}

	@Override
	public Headers getRequestHeaders() {
		return this.requestHeaders;
	}

	@Override
	public Headers getResponseHeaders() {
		return this.responseHeaders;
	}

	/** None: the handler is not mounted on the JDK server. */
	@Override
	public @Nullable HttpContext getHttpContext() {
		return null;
	}

	@Override
	public int getResponseCode() {
		return this.responseCode;
	}

	/** Records the answer's status; the subclass writes it where its server wants it. */
	protected void responseCode(int code) {
		this.responseCode = code;
	}

	/** Filters of the JDK server only; the other server has its own. */
	@Override
	public void setStreams(@Nullable InputStream input, @Nullable OutputStream output) {
		throw new UnsupportedOperationException("Streams are the server's own");
	}

	@Override
	public @Nullable HttpPrincipal getPrincipal() {
		return null;
	}

}
