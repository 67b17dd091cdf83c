package io.github.fnspring.tencent;

import java.util.HashMap;
import java.util.Map;

import io.github.fnspring.runtime.LocalRuntimeApi;
import io.github.fnspring.runtime.RuntimeApiPaths;
import io.github.fnspring.runtime.RuntimeEventHeaders;

/** SCF's Runtime API: its paths, and the headers its long poll hands an event out with. */
public final class ScfRuntimeApi {

	/** Answers carry no request id: the first answer for the event in hand wins. */
	public static final RuntimeApiPaths PATHS = new RuntimeApiPaths("/runtime/invocation/next",
			"/runtime/invocation/response", "/runtime/invocation/error", "/runtime/init/ready", "/runtime/init/error",
			"request_id");

	private ScfRuntimeApi() {
	}

	/** The headers SCF sends with an event, with the function's memory and timeout, for the local Runtime API. */
	public static RuntimeEventHeaders eventHeaders(int memoryMb, long timeoutMillis) {
		return new LocalEventHeaders(memoryMb, timeoutMillis);
	}

	/** The headers SCF sends with an event, for the local Runtime API. */
	public static Map<String, String> eventHeaders(String requestId, Map<String, String> submitted, int memoryMb,
			long timeoutMillis) {
		Map<String, String> headers = new HashMap<>();
		headers.put("request_id", requestId);
		headers.put("memory_limit_in_mb", Integer.toString(memoryMb));
		headers.put("time_limit_in_ms", Long.toString(timeoutMillis));
		String function = submitted.get(LocalRuntimeApi.FUNCTION_HEADER);
		if (function != null) {
			headers.put(LocalRuntimeApi.FUNCTION_HEADER, function);
		}
		return headers;
	}

	/** SCF's event headers with a fixed memory and timeout. */
	private record LocalEventHeaders(int memoryMb, long timeoutMillis) implements RuntimeEventHeaders {

		@Override
		public Map<String, String> headers(String requestId, Map<String, String> submitted) {
			return eventHeaders(requestId, submitted, this.memoryMb, this.timeoutMillis);
		}

	}

}
