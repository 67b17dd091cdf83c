package io.github.fnspring.huawei;

import java.util.HashMap;
import java.util.Map;

import io.github.fnspring.runtime.RuntimeApiPaths;

/** FunctionGraph's custom-runtime API: its paths, and the headers an event comes with. */
public final class FgRuntimeApi {

	/** Answers name the invocation in their path; there is no ready call. */
	public static final RuntimeApiPaths PATHS = new RuntimeApiPaths("/v1/runtime/invocation/request",
			"/v1/runtime/invocation/response/{requestId}", "/v1/runtime/invocation/error/{requestId}", null, null,
			"X-Cff-Request-Id");

	private FgRuntimeApi() {
	}

	/** The headers FunctionGraph sends with an event, for the local Runtime API. */
	public static Map<String, String> eventHeaders(String requestId, Map<String, String> submitted) {
		Map<String, String> headers = new HashMap<>(submitted);
		headers.put("X-Cff-Request-Id", requestId);
		headers.put("X-CFF-Invoke-Type", "sync");
		return headers;
	}

}
