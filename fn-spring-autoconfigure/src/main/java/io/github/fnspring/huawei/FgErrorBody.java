package io.github.fnspring.huawei;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import io.github.fnspring.FnContext;
import io.github.fnspring.core.EventErrorDetail;
import io.github.fnspring.core.FailureRenderer;
import io.github.fnspring.core.Failure;

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
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("errorMessage", detail.messageOf(failure));
		body.put("errorType", failure.type());
		body.put("stackTrace", detail.stackTraceOf(failure));
		return JsonMapper.shared().writeValueAsBytes(body);
	}

}
