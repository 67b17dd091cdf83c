package io.github.fnspring.core;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * A failed invocation described once, vendor-neutrally: vendor transports turn it into
 * their own error bodies. The HTTP status comes from {@link InvalidInputException},
 * {@link UnknownFunctionException}, a Spring {@code ErrorResponse} or a
 * {@code @ResponseStatus} annotation, and is 500 otherwise.
 *
 * @param error the exception, with reflection and future wrappers removed
 * @param httpStatus the HTTP status that describes the failure
 */
public record Failure(Throwable error, int httpStatus) {

	private static final boolean SPRING_WEB_PRESENT = ClassUtils.isPresent("org.springframework.web.ErrorResponse",
			Failure.class.getClassLoader());

	public static Failure of(Throwable thrown) {
		Throwable error = unwrap(thrown);
		return new Failure(error, statusOf(error));
	}

	private static Throwable unwrap(Throwable thrown) {
		Throwable error = thrown;
		while ((error instanceof InvocationTargetException || error instanceof UndeclaredThrowableException
				|| error instanceof CompletionException || error instanceof ExecutionException)
				&& error.getCause() != null) {
			error = error.getCause();
		}
		return error;
	}

	private static int statusOf(Throwable error) {
		if (error instanceof InvalidInputException invalid) {
			return invalid.httpStatus();
		}
		if (error instanceof UnknownFunctionException) {
			return 404;
		}
		if (error instanceof InvocationTimeoutException) {
			return 504;
		}
		return SPRING_WEB_PRESENT ? SpringWebErrors.status(error) : 500;
	}

	/** The HTTP reason phrase of {@link #httpStatus()}, e.g. {@code Internal Server Error}. */
	String reasonPhrase() {
		return SPRING_WEB_PRESENT ? SpringWebErrors.reasonPhrase(this.httpStatus) : "Error";
	}

	/** Whether the caller is at fault (4xx). */
	public boolean isClientError() {
		return this.httpStatus >= 400 && this.httpStatus < 500;
	}

	/** Whether the input was rejected before the function ran. */
	boolean isInvalidInput() {
		return this.error instanceof InvalidInputException || this.error instanceof UnknownFunctionException;
	}

	/** Whether a local run ended the invocation for outliving its timeout, as the clouds do. */
	public boolean isTimeout() {
		return this.error instanceof InvocationTimeoutException;
	}

	/**
	 * Whether fn-spring failed the invocation rather than the function (rejected input, a
	 * timeout): the message is fn-spring's own, and the stack says nothing of the function.
	 */
	boolean isFrameworkFailure() {
		return isInvalidInput() || isTimeout();
	}

	/** The exception's class name. */
	public String type() {
		return this.error.getClass().getName();
	}

	/** The exception's message, or its class name when it has none. */
	public String message() {
		String message = this.error.getMessage();
		return StringUtils.hasText(message) ? message : this.error.getClass().getSimpleName();
	}

	/** The message of the innermost cause. */
	public String rootCauseMessage() {
		Throwable root = this.error;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return StringUtils.hasText(root.getMessage()) ? root.getMessage() : root.getClass().getSimpleName();
	}

	/** The detail a Spring {@code ErrorResponse} or {@code @ResponseStatus} gives, or the exception message. */
	String clientMessage() {
		String detail = SPRING_WEB_PRESENT ? SpringWebErrors.detail(this.error) : null;
		return StringUtils.hasText(detail) ? detail : message();
	}

	/** The stack as {@code Class.method(File:line)} strings, the form vendors print. */
	List<String> stackTrace() {
		List<String> frames = new ArrayList<>();
		for (StackTraceElement element : this.error.getStackTrace()) {
			frames.add(element.getClassName() + "." + element.getMethodName() + "(" + element.getFileName() + ":"
					+ element.getLineNumber() + ")");
		}
		return frames;
	}

}
