package io.github.fnspring.test;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import io.github.fnspring.FnCredentials;
import io.github.fnspring.runtime.LocalRuntimeApi;

/**
 * A custom runtime: the event is queued on the local Runtime API its loop polls, with the
 * function named as a local run names it, and the answer is what the loop posts back.
 */
final class RuntimeApiCaller implements TransportCaller {

	private final FnTestTransport transport;

	private final LocalRuntimeApi runtimeApi;

	private final Function<FnCredentials, Map<String, String>> credentialHeaders;

	private final Function<byte[], @Nullable String> errorType;

	private final Duration answerTimeout;

	/**
	 * @param credentialHeaders the headers that carry an invocation's credentials, on platforms
	 * whose Runtime API hands them out with each event
	 */
	RuntimeApiCaller(FnTestTransport transport, LocalRuntimeApi runtimeApi,
			Function<FnCredentials, Map<String, String>> credentialHeaders, Function<byte[], @Nullable String> errorType,
			Duration answerTimeout) {
		this.transport = transport;
		this.runtimeApi = runtimeApi;
		this.credentialHeaders = credentialHeaders;
		this.errorType = errorType;
		this.answerTimeout = answerTimeout;
	}

	@Override
	public FnTestResponse event(FnTestInvocation.Invocation invocation) {
		String requestId = invocation.requestId();
		Map<String, String> headers = new HashMap<>(this.credentialHeaders.apply(invocation.credentials()));
		headers.put(LocalRuntimeApi.FUNCTION_HEADER, invocation.function());
		LocalRuntimeApi.Answer answer = await(this.runtimeApi.submit(requestId, invocation.event(), headers));
		boolean failed = !answer.success();
		return new FnTestResponse(this.transport, requestId, failed ? 500 : 200, Map.of(), answer.body(), failed,
				failed ? this.errorType.apply(answer.body()) : null, answer.body());
	}

	@Override
	public FnTestResponse initialize(String requestId) {
		throw new UnsupportedOperationException(this.transport + " calls no initializer: a custom runtime "
				+ "initializes when it starts, before it polls");
	}

	@Override
	public FnTestResponse request(String function, FnTestRequest request) {
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
