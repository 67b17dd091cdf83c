package io.github.fnspring.server;

/** What a request to a platform's HTTP protocol asks for. */
public enum HttpRoute {

	/** An event invocation. */
	EVENT,

	/** The initializer call: runs the {@code FnInitializer}s. */
	INITIALIZE,

	/** The pre-stop call: runs the {@code FnPreStopHandler}s. */
	PRE_STOP,

	/** A control call that needs nothing but an answer (FC 2.0's pre-freeze). */
	ACKNOWLEDGE,

	/** An HTTP request for the function. */
	HTTP

}
