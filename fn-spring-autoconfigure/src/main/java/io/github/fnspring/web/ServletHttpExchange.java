package io.github.fnspring.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.Headers;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

/**
 * A servlet request and response seen as the JDK server's exchange, so that a platform's
 * one HTTP protocol handler serves its calls on a servlet container too. Bodies stream
 * through; nothing is buffered here.
 */
final class ServletHttpExchange extends AdaptedHttpExchange {

	private final HttpServletRequest request;

	private final HttpServletResponse response;

	private @Nullable InputStream requestBody;

	private @Nullable OutputStream responseBody;

	ServletHttpExchange(HttpServletRequest request, HttpServletResponse response) {
		super(request.getMethod(), uri(request), headers(request));
		this.request = request;
		this.response = response;
	}

	private static Headers headers(HttpServletRequest request) {
		Headers headers = new Headers();
		for (String name : Collections.list(request.getHeaderNames())) {
			headers.put(name, Collections.list(request.getHeaders(name)));
		}
		return headers;
	}

	/**
	 * The request target as the client sent it; a target the container took but no URI allows
	 * (a stray {@code %zz}) is reduced to its path, or to {@code /}, so that the handler still
	 * answers it in the platform's way.
	 */
	private static URI uri(HttpServletRequest request) {
		String query = request.getQueryString();
		for (String target : new String[] { request.getRequestURI() + ((query != null) ? "?" + query : ""),
				request.getRequestURI() }) {
			try {
				return URI.create(target);
			}
			catch (IllegalArgumentException ex) {
				// not a URI: try less of it
			}
		}
		return URI.create("/");
	}

	/** The container ends the exchange when the request is done; closing the streams is enough. */
	@Override
	public void close() {
		try {
			if (this.requestBody != null) {
				this.requestBody.close();
			}
			if (this.responseBody != null) {
				this.responseBody.close();
			}
		}
		catch (IOException ex) {
			// the client went away: nothing is left to answer
		}
	}

	@Override
	public InputStream getRequestBody() {
		if (this.requestBody == null) {
			try {
				this.requestBody = this.request.getInputStream();
			}
			catch (IOException ex) {
				this.requestBody = InputStream.nullInputStream();
			}
		}
		return this.requestBody;
	}

	@Override
	public OutputStream getResponseBody() {
		if (this.responseBody == null) {
			try {
				this.responseBody = this.response.getOutputStream();
			}
			catch (IOException ex) {
				this.responseBody = OutputStream.nullOutputStream();
			}
		}
		return this.responseBody;
	}

	/** As the JDK server's: a length of -1 means no body, 0 a body of unknown length. */
	@Override
	public void sendResponseHeaders(int code, long length) throws IOException {
		if (getResponseCode() != -1) {
			throw new IOException("The headers were sent already");
		}
		responseCode(code);
		this.response.setStatus(code);
		for (Map.Entry<String, List<String>> header : getResponseHeaders().entrySet()) {
			for (String value : header.getValue()) {
				this.response.addHeader(header.getKey(), value);
			}
		}
		if (length > 0) {
			this.response.setContentLengthLong(length);
		}
		else if (length == -1) {
			this.response.setContentLength(0);
		}
		this.response.flushBuffer();
	}

	@Override
	public @Nullable InetSocketAddress getRemoteAddress() {
		return remoteAddress(this.request);
	}

	/** The caller's address: an IP literal, so no name is looked up. */
	static @Nullable InetSocketAddress remoteAddress(HttpServletRequest request) {
		try {
			return new InetSocketAddress(InetAddress.getByName(request.getRemoteAddr()), request.getRemotePort());
		}
		catch (UnknownHostException ex) {
			return null;
		}
	}

	@Override
	public InetSocketAddress getLocalAddress() {
		return InetSocketAddress.createUnresolved(this.request.getLocalAddr(), this.request.getLocalPort());
	}

	@Override
	public String getProtocol() {
		return this.request.getProtocol();
	}

	@Override
	public @Nullable Object getAttribute(String name) {
		return this.request.getAttribute(name);
	}

	@Override
	public void setAttribute(String name, @Nullable Object value) {
		this.request.setAttribute(name, value);
	}

}
