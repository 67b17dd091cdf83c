package io.github.fnspring.server;

/**
 * The lines a platform wants around each call it makes (FC's {@code FC Invoke Start} and
 * {@code End}); written on the calling thread, everything about the call in between.
 */
public interface InvocationLog {

	/** No framing lines, for platforms that want none. */
	InvocationLog NONE = new InvocationLog() {
	};

	/** Before the call is handled. */
	default void started(HttpRoute route, String requestId) {
	}

	/** Once its outcome, failure included, is logged, and before the caller sees it. */
	default void ended(HttpRoute route, String requestId) {
	}

}
