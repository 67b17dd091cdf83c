package io.github.fnspring.platform;

import java.util.OptionalInt;

import com.sun.net.httpserver.HttpHandler;

import io.github.fnspring.server.FnHttpServer;

/** A platform that calls the application over HTTP: fn-spring's HTTP server. */
public final class HttpServerTransport implements FnTransport {

	private final String platform;

	private final FnHttpServer server;

	private final HttpHandler handler;

	/** @param handler the protocol handler the server hands requests to */
	public HttpServerTransport(String platform, FnHttpServer server, HttpHandler handler) {
		this.platform = platform;
		this.server = server;
		this.handler = handler;
	}

	/** The server, for its settings. */
	public FnHttpServer server() {
		return this.server;
	}

	/** The protocol handler the server hands requests to. */
	public HttpHandler handler() {
		return this.handler;
	}

	@Override
	public String platform() {
		return this.platform;
	}

	@Override
	public OptionalInt port() {
		return this.server.isRunning() ? OptionalInt.of(this.server.getPort()) : OptionalInt.empty();
	}

	@Override
	public void start() {
		this.server.start();
	}

	@Override
	public void stop() {
		this.server.stop();
	}

	@Override
	public boolean isRunning() {
		return this.server.isRunning();
	}

	@Override
	public String toString() {
		return "HttpServerTransport[" + this.platform + "]";
	}

}
