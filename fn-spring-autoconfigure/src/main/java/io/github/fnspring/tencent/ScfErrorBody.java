package io.github.fnspring.tencent;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import io.github.fnspring.core.Failure;
import io.github.fnspring.core.InvalidInputException;
import io.github.fnspring.core.UnknownFunctionException;

/**
 * SCF's error body:
 * {@code {"errorCode":-1,"errorMessage":"…","requestId":"…","stackTrace":"…","statusCode":430}},
 * with the stack trace as one string, unlike the other vendors.
 */
public final class ScfErrorBody {

	static final int USER_CODE_EXCEPTION = 430;

	private ScfErrorBody() {
	}

	/** SCF's function status code for a failure: 400, 406, 437 or 430. */
	public static int statusCode(Failure failure) {
		if (failure.error() instanceof UnknownFunctionException) {
			return 437;
		}
		if (failure.error() instanceof InvalidInputException) {
			return (failure.httpStatus() == 413) ? 406 : 400;
		}
		return USER_CODE_EXCEPTION;
	}

	public static byte[] of(Failure failure, String requestId, boolean includeStackTrace) {
		int statusCode = statusCode(failure);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("errorCode", -1);
		body.put("errorMessage", (statusCode == USER_CODE_EXCEPTION)
				? "user code exception caught: " + failure.type() + ": " + failure.message() : failure.message());
		body.put("requestId", requestId);
		body.put("stackTrace", (includeStackTrace && !failure.isInvalidInput()) ? stackTrace(failure) : "");
		body.put("statusCode", statusCode);
		return JsonMapper.shared().writeValueAsBytes(body);
	}

	private static String stackTrace(Failure failure) {
		StringBuilder trace = new StringBuilder(failure.type()).append(": ").append(failure.message());
		for (String frame : failure.stackTrace()) {
			trace.append("\n\tat ").append(frame);
		}
		return trace.toString();
	}

}
