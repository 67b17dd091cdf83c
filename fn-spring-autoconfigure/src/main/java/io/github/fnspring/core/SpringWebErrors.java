package io.github.fnspring.core;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ResponseStatus;

import org.springframework.core.annotation.AnnotatedElementUtils;

/**
 * The HTTP status and detail Spring's web annotations and exceptions declare. Only loaded
 * when spring-web is on the class path.
 */
final class SpringWebErrors {

	private SpringWebErrors() {
	}

	static int status(Throwable error) {
		if (error instanceof ErrorResponse response) {
			return response.getStatusCode().value();
		}
		ResponseStatus responseStatus = AnnotatedElementUtils.findMergedAnnotation(error.getClass(),
				ResponseStatus.class);
		return (responseStatus != null) ? responseStatus.code().value() : HttpStatus.INTERNAL_SERVER_ERROR.value();
	}

	static String reasonPhrase(int status) {
		HttpStatus resolved = HttpStatus.resolve(status);
		return (resolved != null) ? resolved.getReasonPhrase() : "Error";
	}

	static @Nullable String detail(Throwable error) {
		if (error instanceof ErrorResponse response) {
			return response.getBody().getDetail();
		}
		ResponseStatus responseStatus = AnnotatedElementUtils.findMergedAnnotation(error.getClass(),
				ResponseStatus.class);
		return (responseStatus != null) ? responseStatus.reason() : null;
	}

}
