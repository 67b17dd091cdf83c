package io.github.fnspring.test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;

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
	public FnTestResponse event(String function, String requestId, byte[] event) {
		BuiltInRuntimeContext context = new BuiltInRuntimeContext(requestId, function, Instant.now().plus(this.timeout),
				this.memoryMb, this.userData);
		BuiltInRuntime.Answer answer = this.runtime.call(event, context);
		byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
		boolean failed = !answer.success();
		return new FnTestResponse(FnTestTransport.FG_BUILT_IN_RUNTIME, requestId, failed ? 500 : 200, Map.of(), body,
				failed, failed ? ErrorTypes.typed(body) : null, failed ? body : BuiltInRuntime.output(answer.body()));
	}

	@Override
	public FnTestResponse request(String function, String requestId, FnTestRequest request) {
		throw new UnsupportedOperationException("FunctionGraph's built-in runtime receives no HTTP requests");
	}

}
