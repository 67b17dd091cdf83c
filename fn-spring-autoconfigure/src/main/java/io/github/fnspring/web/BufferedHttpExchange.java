package io.github.fnspring.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;

import com.sun.net.httpserver.Headers;
import org.jspecify.annotations.Nullable;

/**
 * A request read whole and its answer kept whole, seen as the JDK server's exchange, so that a
 * platform's one HTTP protocol handler serves its calls on a reactive server too, where
 * nothing may block on the server's own threads: the handler runs on a worker with the body
 * in memory, and the server writes the answer it kept.
 */
final class BufferedHttpExchange extends AdaptedHttpExchange {

	private final InputStream requestBody;

	private final @Nullable InetSocketAddress remoteAddress;

	private final ByteArrayOutputStream responseBody = new ByteArrayOutputStream();

	BufferedHttpExchange(String method, URI uri, Headers requestHeaders, byte[] requestBody,
			@Nullable InetSocketAddress remoteAddress) {
		super(method, uri, requestHeaders);
		this.requestBody = new ByteArrayInputStream(requestBody);
		this.remoteAddress = remoteAddress;
	}

	@Override
	public void close() {
		// nothing to release: the server writes the kept answer
	}

	@Override
	public InputStream getRequestBody() {
		return this.requestBody;
	}

	@Override
	public OutputStream getResponseBody() {
		return this.responseBody;
	}

	@Override
	public void sendResponseHeaders(int code, long length) {
		responseCode(code);
	}

	@Override
	public @Nullable InetSocketAddress getRemoteAddress() {
		return this.remoteAddress;
	}

	@Override
	public @Nullable InetSocketAddress getLocalAddress() {
		return null;
	}

	@Override
	public String getProtocol() {
		return "HTTP/1.1";
	}

	@Override
	public @Nullable Object getAttribute(String name) {
		return null;
	}

	@Override
	public void setAttribute(String name, @Nullable Object value) {
		// no attributes: the handler keeps none
	}

	/** The status the handler answered with; 500 if it answered none. */
	int status() {
		return (getResponseCode() > 0) ? getResponseCode() : 500;
	}

	byte[] body() {
		return this.responseBody.toByteArray();
	}

}
