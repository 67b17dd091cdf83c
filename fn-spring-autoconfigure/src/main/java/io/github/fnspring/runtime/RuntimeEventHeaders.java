package io.github.fnspring.runtime;

import java.util.Map;

/** The headers a platform's Runtime API hands an event out with, for the local Runtime API. */
@FunctionalInterface
public interface RuntimeEventHeaders {

	/**
	 * @param requestId the event's request id
	 * @param submitted the headers the event was submitted with
	 */
	Map<String, String> headers(String requestId, Map<String, String> submitted);

}
