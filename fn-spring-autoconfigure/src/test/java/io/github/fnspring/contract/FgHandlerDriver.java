package io.github.fnspring.contract;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.fnspring.huawei.FgBuiltInRuntime;
import io.github.fnspring.huawei.FunctionGraphHandler;
import io.github.fnspring.huawei.TestRuntimeContext;

/**
 * Calls the built-in runtime's entry point through a stand-in of FunctionGraph's Java
 * executor ({@link FgBuiltInRuntime}): one handler instance, the event as the JSON the
 * platform was invoked with, a runtime context per call, and the outcome as FunctionGraph
 * reports it (the result written by the runtime as JSON, or the error body the runtime makes
 * of the exception the handler threw).
 */
public class FgHandlerDriver extends FunctionGraphDriver {

	private static final JsonMapper json = JsonMapper.shared();

	private final FunctionGraphHandler handler = new FunctionGraphHandler();

	private final FgBuiltInRuntime runtime = new FgBuiltInRuntime(this.handler);

	private final Map<String, String> userData;

	public FgHandlerDriver(Map<String, String> userData) {
		this.userData = userData;
	}

	@Override
	public Reply invoke(Invocation invocation) {
		TestRuntimeContext context = new TestRuntimeContext(invocation.requestId(), invocation.function(),
				invocation.accessKeyId(), this.userData);
		FgBuiltInRuntime.Answer answer = this.runtime.call("handleRequest", event(invocation.body()), context);
		return new Reply(answer.success() ? 200 : 500, Map.of(), answer.body().getBytes(StandardCharsets.UTF_8));
	}

	/** The function's output in the runtime's JSON answer: a JSON string is its text. */
	@Override
	public byte[] successPayload(Reply reply) {
		byte[] answer = super.successPayload(reply);
		JsonNode value = json.readTree(answer);
		return value.isString() ? value.asString().getBytes(StandardCharsets.UTF_8)
				: (value.isNull() ? new byte[0] : answer);
	}

	/**
	 * The JSON event FunctionGraph is invoked with: the body when it is JSON, else the body as
	 * a JSON string (FunctionGraph's events are JSON).
	 */
	private static String event(byte[] body) {
		try {
			json.readTree(body);
			if (body.length > 0) {
				return new String(body, StandardCharsets.UTF_8);
			}
		}
		catch (JacksonException ex) {
			// not JSON: sent as a JSON string
		}
		return json.writeValueAsString(new String(body, StandardCharsets.UTF_8));
	}

	/** The runtime calls the handler's initializer once per instance; a failure fails the call. */
	@Override
	public Optional<Reply> initialize(String requestId) {
		try {
			this.handler.initialize(new TestRuntimeContext(requestId, "", "", this.userData));
			return Optional.of(new Reply(200, Map.of(), new byte[0]));
		}
		catch (RuntimeException ex) {
			return Optional.of(new Reply(500, Map.of(), String.valueOf(ex.getMessage()).getBytes(StandardCharsets.UTF_8)));
		}
	}

}
