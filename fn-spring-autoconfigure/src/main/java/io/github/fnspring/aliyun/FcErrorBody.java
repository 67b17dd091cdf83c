package io.github.fnspring.aliyun;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import io.github.fnspring.core.Failure;

/**
 * FC's error body for a failed event invocation, as its own Java runtime writes it:
 * {@code {"errorMessage","errorType","errorCause","stackTrace":["Class.method(File:line)"]}}.
 */
final class FcErrorBody {

	private FcErrorBody() {
	}

	static byte[] of(Failure failure, boolean includeStackTrace) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("errorMessage", failure.message());
		body.put("errorType", failure.type());
		body.put("errorCause", failure.rootCauseMessage());
		// A rejected input's stack is fn-spring's own, not the user's: it would only be noise.
		boolean withStack = includeStackTrace && !failure.isInvalidInput();
		body.put("stackTrace", withStack ? failure.stackTrace() : List.of());
		return JsonMapper.shared().writeValueAsBytes(body);
	}

}
