package io.github.fnspring.aliyun;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import io.github.fnspring.FnContext;
import io.github.fnspring.core.EventErrorDetail;
import io.github.fnspring.core.FailureRenderer;
import io.github.fnspring.core.Failure;

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
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("errorMessage", detail.messageOf(failure));
		body.put("errorType", failure.type());
		body.put("errorCause", detail.rootCauseOf(failure));
		body.put("stackTrace", detail.stackTraceOf(failure));
		return JsonMapper.shared().writeValueAsBytes(body);
	}

}
