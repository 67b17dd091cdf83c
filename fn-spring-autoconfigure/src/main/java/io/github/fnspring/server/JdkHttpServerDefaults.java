package io.github.fnspring.server;

import java.time.Duration;

/**
 * Settings of the JDK's HTTP server that suit a function runtime, applied unless the user
 * set them. The server reads them once, when its first instance is created.
 */
public final class JdkHttpServerDefaults {

	/** Without it, a response written as headers then body waits ~40 ms for a delayed ACK. */
	private static final String NO_DELAY = "sun.net.httpserver.nodelay";

	/** Platforms keep connections to the instance open; closing idle ones races their reuse. */
	private static final String IDLE_INTERVAL_SECONDS = "sun.net.httpserver.idleInterval";

	/**
	 * The server reads a request's line, headers and body on its request threads: without a
	 * limit, clients that send slowly (a header line every few seconds, a stalled body) hold
	 * every thread for as long as they like. Past it, the connection is closed.
	 */
	private static final String MAX_REQUEST_SECONDS = "sun.net.httpserver.maxReqTime";

	/** The default request time for servers that serve only this process's own clients. */
	static final Duration DEFAULT_MAX_REQUEST_TIME = Duration.ofSeconds(10);

	private JdkHttpServerDefaults() {
	}

	/** Applies the defaults, with the default time a request may take to arrive. */
	public static void apply() {
		apply(DEFAULT_MAX_REQUEST_TIME);
	}

	/**
	 * Applies the defaults.
	 * @param maxRequestTime how long a request may take to arrive, whole seconds
	 */
	static void apply(Duration maxRequestTime) {
		setIfAbsent(NO_DELAY, "true");
		setIfAbsent(IDLE_INTERVAL_SECONDS, "3600");
		setIfAbsent(MAX_REQUEST_SECONDS, Long.toString(Math.max(1, maxRequestTime.toSeconds())));
	}

	private static void setIfAbsent(String name, String value) {
		if (System.getProperty(name) == null) {
			System.setProperty(name, value);
		}
	}

}
