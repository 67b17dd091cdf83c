package io.github.fnspring.core;

import java.util.Optional;

import io.github.fnspring.FnContext;
import io.github.fnspring.event.HttpRequestEvent;

/**
 * A web application's own HTTP handling (its controllers, filters and error handling): a
 * web application's HTTP-trigger events go to it instead of a function, whichever way the
 * platform delivers them (an SCF or FunctionGraph custom runtime, FunctionGraph's built-in
 * runtime, an event on FC's {@code /invoke}), and its answer goes back in the trigger's
 * envelope.
 */
public interface WebLayer {

	/**
	 * Serves one request with the invocation's context bound to the calling thread.
	 * @return the application's answer, its status included; none when the web layer leaves
	 * the event to a function
	 * @throws Exception a failure nothing in the application handled
	 */
	Optional<FunctionResult> serve(FnContext context, HttpRequestEvent request) throws Exception;

}
