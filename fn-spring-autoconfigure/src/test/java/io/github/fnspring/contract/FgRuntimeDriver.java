package io.github.fnspring.contract;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.fnspring.runtime.LocalRuntimeApi;

import static org.assertj.core.api.Assertions.assertThat;

/** Drives FunctionGraph's custom runtime: events with their credentials on a Runtime API the app polls. */
class FgRuntimeDriver implements TransportDriver {

	private final LocalRuntimeApi runtimeApi;

	FgRuntimeDriver(LocalRuntimeApi runtimeApi) {
		this.runtimeApi = runtimeApi;
	}

	@Override
	public Reply invoke(Invocation invocation) throws Exception {
		LocalRuntimeApi.Answer answer = this.runtimeApi
			.submit(invocation.requestId(), invocation.body(),
					Map.of(LocalRuntimeApi.FUNCTION_HEADER, invocation.function(), "X-CFF-Access-Key",
							invocation.accessKeyId(), "X-CFF-Secret-Key", "SK-" + invocation.requestId(),
							"X-CFF-Security-Token", "TOKEN-" + invocation.requestId()))
			.answer()
			.get(60, TimeUnit.SECONDS);
		return new Reply(answer.success() ? 200 : 500, Map.of(), answer.body());
	}

	@Override
	public byte[] successPayload(Reply reply) {
		assertThat(reply.status()).as("posted to the error path: %s", reply.bodyAsString()).isEqualTo(200);
		return reply.body();
	}

	@Override
	public void assertFailure(Reply reply, String errorType, String messagePart) {
		assertThat(reply.status()).as("posted to /v1/runtime/invocation/error/{requestId}").isEqualTo(500);
		FgErrors.assertFgError(reply.body(), errorType, messagePart);
	}

	@Override
	public String expectedAccessKeyId(Invocation invocation) {
		return invocation.accessKeyId();
	}

	@Override
	public String expectedVendor() {
		return "HUAWEI";
	}

	@Override
	public int concurrency() {
		return 1;
	}

}
