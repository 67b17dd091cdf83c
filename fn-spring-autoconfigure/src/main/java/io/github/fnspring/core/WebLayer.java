package io.github.fnspring.core;

import java.util.Optional;

import io.github.fnspring.FnContext;
import io.github.fnspring.event.HttpRequestEvent;

/**
 * A web application's own HTTP handling (its controllers, filters and error handling), served
 * in process: where a platform delivers HTTP as events (an SCF or FunctionGraph custom
 * runtime, FunctionGraph's built-in runtime), its HTTP-trigger events go to the web layer
 * instead of a function, and its answer goes back in the trigger's envelope.
 */
public interface WebLayer {

	/**
	 * Serves one request with the invocation's context bound to the calling thread.
	 * @return the application's answer, its status included; none when the web layer does not
	 * take HTTP-trigger events in the mode the application runs in (an HTTP mode, where the
	 * platform sends HTTP to its server), and a function serves the event
	 * @throws Exception a failure nothing in the application handled
	 */
	Optional<FunctionResult> serve(FnContext context, HttpRequestEvent request) throws Exception;

}
