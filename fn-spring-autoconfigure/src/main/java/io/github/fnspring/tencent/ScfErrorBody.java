package io.github.fnspring.tencent;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import io.github.fnspring.FnContext;
import io.github.fnspring.core.EventErrorDetail;
import io.github.fnspring.core.Failure;
import io.github.fnspring.core.FailureRenderer;
import io.github.fnspring.core.InvalidInputException;
import io.github.fnspring.core.InvocationTimeoutException;
import io.github.fnspring.core.UnknownFunctionException;

/**
 * SCF's error body:
 * {@code {"errorCode":-1,"errorMessage":"…","requestId":"…","stackTrace":"…","statusCode":430}},
 * with the stack trace as one string, unlike the other vendors.
 *
 * <p>For an exception of the user's code, SCF's own runtimes write the literal
 * {@code user code exception caught} as the message and put the exception's type and
 * message in {@code stackTrace}, first line {@code Type: message}, then the frames. That
 * first line is written even when stack traces are switched off, so the error's type is
 * never lost.
 */
final class ScfErrorBody implements FailureRenderer {

	static final int USER_CODE_EXCEPTION = 430;

	/** The message SCF writes for every exception of the user's code. */
	static final String USER_CODE_EXCEPTION_MESSAGE = "user code exception caught";

	private final EventErrorDetail detail;

	/** The renderer of failed events, showing as much as {@code detail} says. */
	ScfErrorBody(EventErrorDetail detail) {
		this.detail = detail;
	}

	@Override
	public byte[] render(Failure failure, FnContext context) {
		return of(failure, context.requestId(), this.detail);
	}

	/** SCF's status code for an invocation that outlived its timeout. */
	static final int TIME_LIMIT_REACHED = 433;

	/** SCF's function status code for a failure: 400, 406, 433, 437 or 430. */
	static int statusCode(Failure failure) {
		if (failure.error() instanceof UnknownFunctionException) {
			return 437;
		}
		if (failure.isTimeout()) {
			return TIME_LIMIT_REACHED;
		}
		if (failure.error() instanceof InvalidInputException) {
			return (failure.httpStatus() == 413) ? 406 : 400;
		}
		return USER_CODE_EXCEPTION;
	}

	/** The error body of a failed invocation. */
	static byte[] of(Failure failure, String requestId, EventErrorDetail detail) {
		return write(failure, requestId, detail, true);
	}

	/**
	 * The error body of a failed start: the same shape, with the failure's own message,
	 * since what failed is the application's start, not the user's code for an event.
	 */
	static byte[] ofFailedStart(Failure failure, String requestId, EventErrorDetail detail) {
		return write(failure, requestId, detail, false);
	}

	private static byte[] write(Failure failure, String requestId, EventErrorDetail detail,
			boolean scfSentenceForUserCode) {
		int statusCode = statusCode(failure);
		boolean userCode = statusCode == USER_CODE_EXCEPTION;
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("errorCode", -1);
		body.put("errorMessage", (userCode && scfSentenceForUserCode) ? USER_CODE_EXCEPTION_MESSAGE
				: ((statusCode == TIME_LIMIT_REACHED) ? timeLimitReached(failure) : detail.messageOf(failure)));
		body.put("requestId", requestId);
		body.put("stackTrace", userCode ? stackTrace(failure, detail) : "");
		body.put("statusCode", statusCode);
		return JsonMapper.shared().writeValueAsBytes(body);
	}

	/** SCF's own words for an invocation it ended at its time limit. */
	private static String timeLimitReached(Failure failure) {
		return "Invoking task timed out after " + ((InvocationTimeoutException) failure.error()).timeoutSeconds()
				+ " seconds";
	}

	/** {@code Type: message} (just the type when messages are withheld), then the frames when they are wanted. */
	private static String stackTrace(Failure failure, EventErrorDetail detail) {
		StringBuilder trace = new StringBuilder(failure.type());
		if (detail.message()) {
			trace.append(": ").append(failure.message());
		}
		for (String frame : detail.stackTraceOf(failure)) {
			trace.append("\n\tat ").append(frame);
		}
		return trace.toString();
	}

}
