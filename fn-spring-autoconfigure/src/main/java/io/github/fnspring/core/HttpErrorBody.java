package io.github.fnspring.core;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import io.github.fnspring.FnContext;

/**
 * The JSON error body of an HTTP request, the same on every cloud:
 * {@code {"status":500,"error":"Internal Server Error","message":"…","requestId":"…"}}.
 * It never carries a stack trace; a server error's message is included only when
 * configured, since it may reveal internals to the public.
 */
public final class HttpErrorBody implements FailureRenderer {

	private final boolean includeServerErrorMessage;

	/**
	 * @param includeServerErrorMessage whether a server error's message is shown
	 * ({@code fn.error.include-message})
	 */
	public HttpErrorBody(boolean includeServerErrorMessage) {
		this.includeServerErrorMessage = includeServerErrorMessage;
	}

	@Override
	public byte[] render(Failure failure, FnContext context) {
		return of(failure, context.requestId(), this.includeServerErrorMessage);
	}

	static byte[] of(Failure failure, String requestId, boolean includeServerErrorMessage) {
		String reason = failure.reasonPhrase();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("status", failure.httpStatus());
		body.put("error", reason);
		body.put("message", (failure.isClientError() || includeServerErrorMessage) ? failure.clientMessage() : reason);
		body.put("requestId", requestId);
		return JsonMapper.shared().writeValueAsBytes(body);
	}

}
