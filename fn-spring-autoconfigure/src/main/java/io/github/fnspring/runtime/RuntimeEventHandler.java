package io.github.fnspring.runtime;

import java.nio.charset.StandardCharsets;

/**
 * A vendor's handling of one event from its Runtime API: build the context from the
 * headers, run the function, and describe a failure in the vendor's error shape. It must
 * not throw: every event needs an answer.
 */
@FunctionalInterface
public interface RuntimeEventHandler {

	RuntimeOutcome handle(RuntimeEvent event);

	/**
	 * The failure to answer for an event whose invocation could not finish before the
	 * instance stopped.
	 * @param requestId the event's request id
	 */
	default RuntimeOutcome stopped(RuntimeEvent event, String requestId) {
		return new RuntimeOutcome(requestId, false, ("{\"errorMessage\":\"The function instance stopped before the "
				+ "invocation finished\",\"errorType\":\"" + InstanceStoppedException.class.getName() + "\"}")
			.getBytes(StandardCharsets.UTF_8));
	}

}
