package io.github.fnspring.platform;

import java.util.OptionalInt;

import io.github.fnspring.server.SharedServerHandler;

/**
 * A platform's HTTP protocol served on the application's own web server ({@link SharedWebServer})
 * instead of a server of fn-spring's: mounted from the moment it is made and for as long as the
 * web server lives, so that no platform call reaches the application's controllers while the
 * server starts or while it stops (it stops after the transports do, and the platform's
 * pre-stop call may come in between). Its port is the web server's.
 */
public final class MountedHttpTransport implements FnTransport {

	private final String platform;

	private final SharedServerHandler handler;

	private final SharedWebServer server;

	private volatile boolean running;

	MountedHttpTransport(String platform, SharedServerHandler handler, SharedWebServer server) {
		this.platform = platform;
		this.handler = handler;
		this.server = server;
		server.mount(handler);
	}

	@Override
	public String platform() {
		return this.platform;
	}

	/** The protocol handler it mounts. */
	public SharedServerHandler handler() {
		return this.handler;
	}

	@Override
	public OptionalInt port() {
		int port = this.server.port();
		return (this.running && port > 0) ? OptionalInt.of(port) : OptionalInt.empty();
	}

	@Override
	public void start() {
		this.running = true;
	}

	/** Stays mounted: the web server, which stops later, still takes the platform's calls. */
	@Override
	public void stop() {
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public String toString() {
		return "MountedHttpTransport[" + this.platform + " on the application's web server]";
	}

}
