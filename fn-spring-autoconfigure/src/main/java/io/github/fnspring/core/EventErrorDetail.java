package io.github.fnspring.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * How much of a failure an event's error body shows: the stack trace
 * ({@code fn.error.include-stacktrace}) and the exception's message
 * ({@code fn.error.include-event-message}). A message may carry what the caller must not
 * see (a secret in a connection string, say): withheld, it is replaced by the exception's
 * simple class name. Rejected input and timeouts always show their message, which is
 * fn-spring's own, and never a stack.
 *
 * @param stackTrace whether the stack trace is shown
 * @param message whether the exception's message is shown
 */
public record EventErrorDetail(boolean stackTrace, boolean message) {

	/** The failure's message, or its simple class name when messages are withheld. */
	public String messageOf(Failure failure) {
		return (this.message || failure.isFrameworkFailure()) ? failure.message()
				: failure.error().getClass().getSimpleName();
	}

	/** The message of the failure's innermost cause, or its simple class name when messages are withheld. */
	public String rootCauseOf(Failure failure) {
		return (this.message || failure.isFrameworkFailure()) ? failure.rootCauseMessage()
				: failure.error().getClass().getSimpleName();
	}

	/** The frames, when wanted and the failure is the function's. */
	public List<String> stackTraceOf(Failure failure) {
		return (this.stackTrace && !failure.isFrameworkFailure()) ? failure.stackTrace() : List.of();
	}

	/**
	 * The error body the vendors' Java runtimes write for a failed event: its message, its
	 * type, the platform's own members in their order, then the frames.
	 */
	public byte[] errorBody(Failure failure, Map<String, Object> platformMembers) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("errorMessage", messageOf(failure));
		body.put("errorType", failure.type());
		body.putAll(platformMembers);
		body.put("stackTrace", stackTraceOf(failure));
		return JsonMapper.shared().writeValueAsBytes(body);
	}

}
