package io.github.fnspring.aliyun;

import java.util.Map;

import io.github.fnspring.FnContext;
import io.github.fnspring.core.EventErrorDetail;
import io.github.fnspring.core.Failure;
import io.github.fnspring.core.FailureRenderer;

/**
 * FC's error body for a failed event invocation, as its own Java runtime writes it:
 * {@code {"errorMessage","errorType","errorCause","stackTrace":["Class.method(File:line)"]}}.
 */
final class FcErrorBody implements FailureRenderer {

	private final EventErrorDetail detail;

	FcErrorBody(EventErrorDetail detail) {
		this.detail = detail;
	}

	@Override
	public byte[] render(Failure failure, FnContext context) {
		return of(failure, this.detail);
	}

	static byte[] of(Failure failure, EventErrorDetail detail) {
		return detail.errorBody(failure, Map.of("errorCause", detail.rootCauseOf(failure)));
	}

}
