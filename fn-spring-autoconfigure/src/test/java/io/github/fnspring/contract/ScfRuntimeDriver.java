package io.github.fnspring.contract;

import java.util.Map;
import java.util.Optional;

import io.github.fnspring.runtime.LocalRuntimeApi;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives SCF's custom runtime the way SCF does: events are queued on a Runtime API that the
 * app's poll loop takes them from. Credentials are the instance's, from its environment.
 */
public class ScfRuntimeDriver implements TransportDriver {

	static final String SECRET_ID = "AKID-scf-contract";

	private final LocalRuntimeApi runtimeApi;

	public ScfRuntimeDriver(LocalRuntimeApi runtimeApi) {
		this.runtimeApi = runtimeApi;
	}

	@Override
	public Reply invoke(Invocation invocation) throws Exception {
		return RuntimeApiEvents.submit(this.runtimeApi, invocation,
				Map.of(LocalRuntimeApi.FUNCTION_HEADER, invocation.function()));
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
	public String expectedPlatform() {
		return "tencent";
	}

	@Override
	public int concurrency() {
		return 1;
	}

	@Override
	public Optional<byte[]> httpTriggerEvent(HttpCall call) {
		return Optional.of(HttpTriggerEvents.scfFunctionUrl(call));
	}

}
