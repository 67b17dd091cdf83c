package io.github.fnspring.platform;

import java.util.OptionalInt;

import org.springframework.context.SmartLifecycle;

/**
 * How one platform's invocations reach the application: an HTTP server, a Runtime API poll
 * loop (with a local Runtime API outside the cloud), or nothing of ours when the platform calls
 * the application in process. Every platform mode contributes one bean of this type; each
 * opens its port when the application context starts it, at the end of refresh, and the port
 * is then published as {@code local.fn.port}.
 */
public interface FnTransport extends SmartLifecycle {

	/** The id of the platform whose protocol it speaks. */
	String platform();

	/**
	 * The local port it listens on while running: the HTTP server's, or the local Runtime
	 * API's that a custom runtime polls outside its cloud; none for a transport that listens
	 * on none (a poll loop against the cloud's Runtime API, an in-process entry point).
	 */
	OptionalInt port();

}
