package io.github.fnspring.core;

import org.jspecify.annotations.Nullable;

/**
 * The request or event cannot be turned into the function's input: malformed JSON, a
 * wrong type, an empty body, an unsupported content type or an oversized body. The
 * function was not called.
 */
public class InvalidInputException extends RuntimeException {

	private final int httpStatus;

	InvalidInputException(int httpStatus, String message, @Nullable Throwable cause) {
		super(message, cause);
		this.httpStatus = httpStatus;
	}

	InvalidInputException(int httpStatus, String message) {
		this(httpStatus, message, null);
	}

	public static InvalidInputException badRequest(String message, @Nullable Throwable cause) {
		return new InvalidInputException(400, message, cause);
	}

	public static InvalidInputException tooLarge(long limitBytes) {
		return new InvalidInputException(413, "The request body is larger than the limit of " + limitBytes + " bytes");
	}

	/** The HTTP status that describes the problem: 400, 413 or 415. */
	public int httpStatus() {
		return this.httpStatus;
	}

}
