package io.github.fnspring.contract;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.fnspring.runtime.LocalRuntimeApi;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives SCF's custom runtime the way SCF does: events are queued on a Runtime API that the
 * app's poll loop takes them from. Credentials are the instance's, from its environment.
 */
class ScfRuntimeDriver implements TransportDriver {

	static final String SECRET_ID = "AKID-scf-contract";

	private final LocalRuntimeApi runtimeApi;

	ScfRuntimeDriver(LocalRuntimeApi runtimeApi) {
		this.runtimeApi = runtimeApi;
	}

	@Override
	public Reply invoke(Invocation invocation) throws Exception {
		LocalRuntimeApi.Answer answer = this.runtimeApi
			.submit(invocation.requestId(), invocation.body(),
					Map.of(LocalRuntimeApi.FUNCTION_HEADER, invocation.function()))
			.answer()
			.get(60, TimeUnit.SECONDS);
		return new Reply(answer.success() ? 200 : 500, Map.of(), answer.body());
	}

	@Override
	public byte[] successPayload(Reply reply) {
		assertThat(reply.status()).as("posted to /runtime/invocation/response: %s", reply.bodyAsString()).isEqualTo(200);
		return reply.body();
	}

	@Override
	public void assertFailure(Reply reply, String errorType, String messagePart) {
		assertThat(reply.status()).as("posted to /runtime/invocation/error").isEqualTo(500);
		ScfErrors.assertScfError(reply.body(), errorType, messagePart);
	}

	@Override
	public String expectedAccessKeyId(Invocation invocation) {
		return SECRET_ID;
	}

	@Override
	public String expectedVendor() {
		return "TENCENT";
	}

	@Override
	public int concurrency() {
		return 1;
	}

}
