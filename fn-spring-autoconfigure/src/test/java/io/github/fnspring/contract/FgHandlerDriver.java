package io.github.fnspring.contract;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.fnspring.huawei.FunctionGraphHandler;
import io.github.fnspring.huawei.TestRuntimeContext;

/**
 * Calls the built-in runtime's entry point as FunctionGraph does: one handler instance, the
 * event parsed from JSON when it is JSON, a runtime context per call; the outcome as
 * FunctionGraph reports it (its result written as JSON, or its error body from the thrown
 * exception).
 */
class FgHandlerDriver extends FunctionGraphDriver {

	private static final JsonMapper json = JsonMapper.shared();

	private final FunctionGraphHandler handler = new FunctionGraphHandler();

	private final Map<String, String> userData;

	FgHandlerDriver(Map<String, String> userData) {
		this.userData = userData;
	}

	@Override
	public Reply invoke(Invocation invocation) {
		TestRuntimeContext context = new TestRuntimeContext(invocation.requestId(), invocation.function(),
				invocation.accessKeyId(), this.userData);
		try {
			Object result = this.handler.handleRequest(event(invocation.body()), context);
			byte[] body = (result == null) ? new byte[0]
					: (result instanceof String text) ? text.getBytes(StandardCharsets.UTF_8) : json.writeValueAsBytes(result);
			return new Reply(200, Map.of(), body);
		}
		catch (Throwable ex) {
			Map<String, Object> error = new LinkedHashMap<>();
			error.put("errorMessage", ex.getMessage());
			error.put("errorType", ex.getClass().getName());
			error.put("stackTrace", List.of(ex.getStackTrace()).stream().map(Object::toString).toList());
			return new Reply(500, Map.of(), json.writeValueAsBytes(error));
		}
	}

	/**
	 * What the runtime passes to the handler's {@code String} parameter: a JSON string
	 * event without its quotes, any other event as its text.
	 */
	private static String event(byte[] body) {
		try {
			JsonNode event = json.readTree(body);
			if (event.isString()) {
				return event.asString();
			}
		}
		catch (JacksonException ex) {
			// not JSON: the text as it is
		}
		return new String(body, StandardCharsets.UTF_8);
	}

}
