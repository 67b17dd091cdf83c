package io.github.fnspring.huawei;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import io.github.fnspring.core.Failure;

/** FunctionGraph's failure body: {@code {"errorMessage","errorType","stackTrace":["…"]}}. */
public final class FgErrorBody {

	private FgErrorBody() {
	}

	public static byte[] of(Failure failure, boolean includeStackTrace) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("errorMessage", failure.message());
		body.put("errorType", failure.type());
		// A rejected input's stack is fn-spring's own, not the user's
		body.put("stackTrace", (includeStackTrace && !failure.isInvalidInput()) ? failure.stackTrace() : List.of());
		return JsonMapper.shared().writeValueAsBytes(body);
	}

}
