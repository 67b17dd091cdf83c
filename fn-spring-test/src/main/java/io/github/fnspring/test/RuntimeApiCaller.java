package io.github.fnspring.test;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import io.github.fnspring.runtime.LocalRuntimeApi;

/**
 * A custom runtime: the event is queued on the local Runtime API its loop polls, with the
 * function named as a local run names it, and the answer is what the loop posts back.
 */
final class RuntimeApiCaller implements TransportCaller {

	private final FnTestTransport transport;

	private final LocalRuntimeApi runtimeApi;

	private final Map<String, String> eventHeaders;

	private final Function<byte[], @Nullable String> errorType;

	private final Duration answerTimeout;

	RuntimeApiCaller(FnTestTransport transport, LocalRuntimeApi runtimeApi, Map<String, String> eventHeaders,
			Function<byte[], @Nullable String> errorType, Duration answerTimeout) {
		this.transport = transport;
		this.runtimeApi = runtimeApi;
		this.eventHeaders = Map.copyOf(eventHeaders);
		this.errorType = errorType;
		this.answerTimeout = answerTimeout;
	}

	@Override
	public FnTestResponse event(String function, String requestId, byte[] event) {
		Map<String, String> headers = new HashMap<>(this.eventHeaders);
		headers.put(LocalRuntimeApi.FUNCTION_HEADER, function);
		LocalRuntimeApi.Answer answer = await(this.runtimeApi.submit(requestId, event, headers));
		boolean failed = !answer.success();
		return new FnTestResponse(this.transport, requestId, failed ? 500 : 200, Map.of(), answer.body(), failed,
				failed ? this.errorType.apply(answer.body()) : null, answer.body());
	}

	@Override
	public FnTestResponse request(String function, String requestId, FnTestRequest request) {
		throw new UnsupportedOperationException(this.transport + " receives no HTTP requests");
	}

	private LocalRuntimeApi.Answer await(LocalRuntimeApi.Invocation invocation) {
		try {
			return invocation.answer().get(this.answerTimeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			throw new IllegalStateException("The runtime posted no answer to " + invocation.requestId() + " within "
					+ this.answerTimeout, ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("The invocation " + invocation.requestId() + " failed", ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for " + invocation.requestId(), ex);
		}
	}

}
