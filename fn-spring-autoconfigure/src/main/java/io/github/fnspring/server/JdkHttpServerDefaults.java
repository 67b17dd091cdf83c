package io.github.fnspring.server;

/**
 * Settings of the JDK's HTTP server that suit a function runtime, applied unless the user
 * set them. The server reads them once, when its first instance is created.
 */
public final class JdkHttpServerDefaults {

	/** Without it, a response written as headers then body waits ~40 ms for a delayed ACK. */
	private static final String NO_DELAY = "sun.net.httpserver.nodelay";

	/** Platforms keep connections to the instance open; closing idle ones races their reuse. */
	private static final String IDLE_INTERVAL_SECONDS = "sun.net.httpserver.idleInterval";

	private JdkHttpServerDefaults() {
	}

	public static void apply() {
		setIfAbsent(NO_DELAY, "true");
		setIfAbsent(IDLE_INTERVAL_SECONDS, "3600");
	}

	private static void setIfAbsent(String name, String value) {
		if (System.getProperty(name) == null) {
			System.setProperty(name, value);
		}
	}

}
