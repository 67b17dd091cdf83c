package io.github.fnspring.huawei;

import java.util.Map;

import io.github.fnspring.FnContext;
import io.github.fnspring.core.EventErrorDetail;
import io.github.fnspring.core.Failure;
import io.github.fnspring.core.FailureRenderer;

/** FunctionGraph's failure body: {@code {"errorMessage","errorType","stackTrace":["…"]}}. */
final class FgErrorBody implements FailureRenderer {

	private final EventErrorDetail detail;

	/** The renderer of failed events, showing as much as {@code detail} says. */
	FgErrorBody(EventErrorDetail detail) {
		this.detail = detail;
	}

	@Override
	public byte[] render(Failure failure, FnContext context) {
		return of(failure, this.detail);
	}

	static byte[] of(Failure failure, EventErrorDetail detail) {
		return detail.errorBody(failure, Map.of());
	}

}
