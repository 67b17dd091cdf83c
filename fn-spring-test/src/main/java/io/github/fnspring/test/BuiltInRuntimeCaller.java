package io.github.fnspring.test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;

import io.github.fnspring.FnCredentials;

/** FunctionGraph's built-in Java runtime, calling the handler class in process. */
final class BuiltInRuntimeCaller implements TransportCaller {

	private final BuiltInRuntime runtime;

	private final Duration timeout;

	private final int memoryMb;

	private final UnaryOperator<@Nullable String> userData;

	BuiltInRuntimeCaller(BuiltInRuntime runtime, Duration timeout, int memoryMb,
			UnaryOperator<@Nullable String> userData) {
		this.runtime = runtime;
		this.timeout = timeout;
		this.memoryMb = memoryMb;
		this.userData = userData;
	}

	@Override
	public FnTestResponse event(FnTestInvocation.Invocation invocation) {
		String requestId = invocation.requestId();
		BuiltInRuntime.Answer answer = this.runtime.call(invocation.event(),
				context(requestId, invocation.function(), invocation.credentials()));
		return response(requestId, answer, true);
	}

	@Override
	public FnTestResponse initialize(String requestId) {
		// the initializer runs before any function is chosen: the context names none
		return response(requestId, this.runtime.initialize(context(requestId, "", TestCredentials.CREDENTIALS)),
				false);
	}

	private BuiltInRuntimeContext context(String requestId, String function, FnCredentials credentials) {
		return new BuiltInRuntimeContext(requestId, function, credentials, Instant.now().plus(this.timeout),
				this.memoryMb, this.userData);
	}

	private static FnTestResponse response(String requestId, BuiltInRuntime.Answer answer, boolean hasOutput) {
		byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
		boolean failed = !answer.success();
		return new FnTestResponse(FnTestTransport.FG_BUILT_IN_RUNTIME, requestId, failed ? 500 : 200, Map.of(), body,
				failed, failed ? ErrorTypes.typed(body) : null,
				(failed || !hasOutput) ? body : BuiltInRuntime.output(answer.body()));
	}

	@Override
	public FnTestResponse request(String function, FnTestRequest request) {
		throw new UnsupportedOperationException("FunctionGraph's built-in runtime receives no HTTP requests");
	}

}
