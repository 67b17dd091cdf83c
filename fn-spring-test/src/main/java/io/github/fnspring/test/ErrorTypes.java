package io.github.fnspring.test;

import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.fnspring.core.InvalidInputException;
import io.github.fnspring.core.InvocationTimeoutException;
import io.github.fnspring.core.UnknownFunctionException;

/** Reads the failing exception's type out of each platform's error body. */
final class ErrorTypes {

	/** SCF's status code for an exception of the user's code, whose type leads the stack trace. */
	private static final int SCF_USER_CODE_EXCEPTION = 430;

	/** SCF's status code for a function the application does not export. */
	private static final int SCF_UNKNOWN_FUNCTION = 437;

	/** SCF's status code for an invocation that outlived its timeout. */
	private static final int SCF_TIME_LIMIT_REACHED = 433;

	/** How FC words an invocation it ended at its timeout, the only member of that body. */
	private static final String FC_TIMED_OUT = "Function timed out after ";

	private ErrorTypes() {
	}

	/**
	 * FC's and FunctionGraph's body: {@code {"errorMessage","errorType",…}}; FC's timeout body
	 * has only its message.
	 */
	static @Nullable String typed(byte[] body) {
		JsonNode error = json(body);
		if (error == null) {
			return null;
		}
		if (error.path("errorType").isString()) {
			return error.path("errorType").asString();
		}
		return error.path("errorMessage").asString("").startsWith(FC_TIMED_OUT)
				? InvocationTimeoutException.class.getName() : null;
	}

	/**
	 * SCF's body: the type leads {@code stackTrace} ({@code Type: message}) for an exception of
	 * the user's code; input errors and timeouts name none, so their {@code statusCode} says which.
	 */
	static @Nullable String scf(byte[] body) {
		JsonNode error = json(body);
		if (error == null || !error.path("statusCode").isInt()) {
			return null;
		}
		int statusCode = error.path("statusCode").asInt();
		if (statusCode == SCF_USER_CODE_EXCEPTION) {
			String firstLine = error.path("stackTrace").asString().lines().findFirst().orElse("");
			int end = firstLine.indexOf(": ");
			return (end < 0) ? firstLine : firstLine.substring(0, end);
		}
		return switch (statusCode) {
			case SCF_UNKNOWN_FUNCTION -> UnknownFunctionException.class.getName();
			case SCF_TIME_LIMIT_REACHED -> InvocationTimeoutException.class.getName();
			default -> InvalidInputException.class.getName();
		};
	}

	private static @Nullable JsonNode json(byte[] body) {
		try {
			JsonNode node = JsonMapper.shared().readTree(body);
			return (node != null && node.isObject()) ? node : null;
		}
		catch (JacksonException ex) {
			return null;
		}
	}

}
