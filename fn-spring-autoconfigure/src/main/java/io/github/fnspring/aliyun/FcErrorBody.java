package io.github.fnspring.aliyun;

import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import io.github.fnspring.FnContext;
import io.github.fnspring.core.EventErrorDetail;
import io.github.fnspring.core.Failure;
import io.github.fnspring.core.FailureRenderer;
import io.github.fnspring.core.InvocationTimeoutException;

/**
 * FC's error body for a failed event invocation, as its own Java runtime writes it:
 * {@code {"errorMessage","errorType","errorCause","stackTrace":["Class.method(File:line)"]}};
 * for an invocation that outlived its timeout, FC's own {@code {"errorMessage":"Function timed
 * out after N seconds"}}.
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
		if (failure.error() instanceof InvocationTimeoutException timeout) {
			// FC ends the invocation itself and says only this
			return JsonMapper.shared().writeValueAsBytes(
					Map.of("errorMessage", "Function timed out after " + timeout.timeoutSeconds() + " seconds"));
		}
		return detail.errorBody(failure, Map.of("errorCause", detail.rootCauseOf(failure)));
	}

}
