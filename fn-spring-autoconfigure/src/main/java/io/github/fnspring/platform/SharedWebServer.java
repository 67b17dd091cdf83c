package io.github.fnspring.platform;

import java.util.function.IntSupplier;

import org.jspecify.annotations.Nullable;

import io.github.fnspring.server.SharedServerHandler;

/**
 * The application's own web server, when it is a servlet web application, shared with the
 * platform whose HTTP protocol fn-spring serves on it: the platform's protocol handler is
 * mounted ahead of the application's controllers instead of on a server of fn-spring's, so the
 * application has one server and one port.
 */
public final class SharedWebServer {

	private static final SharedWebServer NONE = new SharedWebServer(null);

	private final @Nullable IntSupplier port;

	private volatile @Nullable SharedServerHandler handler;

	private SharedWebServer(@Nullable IntSupplier port) {
		this.port = port;
	}

	/** An application without a web server of its own. */
	public static SharedWebServer none() {
		return NONE;
	}

	/** An application's web server, whose port is known once it has started (-1 before). */
	public static SharedWebServer of(IntSupplier port) {
		return new SharedWebServer(port);
	}

	/** Whether the application has a web server of its own to share. */
	public boolean exists() {
		return this.port != null;
	}

	/** The web server's port once it has started, else -1. */
	public int port() {
		if (this.port == null) {
			throw new IllegalStateException("The application has no web server");
		}
		return this.port.getAsInt();
	}

	void mount(SharedServerHandler handler) {
		this.handler = handler;
	}

	/** The platform's protocol handler mounted on the server, if any. */
	public @Nullable SharedServerHandler handler() {
		return this.handler;
	}

}
