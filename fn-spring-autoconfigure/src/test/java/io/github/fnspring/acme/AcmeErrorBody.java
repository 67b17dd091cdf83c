package io.github.fnspring.acme;

import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import io.github.fnspring.FnContext;
import io.github.fnspring.core.Failure;
import io.github.fnspring.core.FailureRenderer;

/** Acme's error body: {@code {"error":{"type":…,"message":…,"requestId":…}}}. */
final class AcmeErrorBody implements FailureRenderer {

	private static final JsonMapper json = JsonMapper.shared();

	@Override
	public byte[] render(Failure failure, FnContext context) {
		return json.writeValueAsBytes(Map.of("error", Map.of("type", failure.type(), "message",
				String.valueOf(failure.message()), "requestId", context.requestId())));
	}

}
