package io.github.fnspring.contract;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Drives SCF image functions: events as {@code POST /event-invoke} with {@code X-Scf-*} headers. */
public class ScfWebDriver implements TransportDriver {

	private final int port;

	public ScfWebDriver(int port) {
		this.port = port;
	}

	@Override
	public Reply invoke(Invocation invocation) throws Exception {
		return PlatformHttp.post(this.port, "/event-invoke", Map.of("X-Scf-Request-Id", invocation.requestId(),
				"X-Scf-Name", invocation.function(), "X-Scf-Memory", "256", "X-Scf-Timeout", "30000"),
				invocation.body());
	}

	@Override
	public void assertFailure(Reply reply, String errorType, String messagePart) {
		int statusCode = ScfErrors.assertScfError(reply.body(), errorType, messagePart);
		assertThat(reply.status()).as("HTTP status follows SCF's status code").isEqualTo(statusCode);
	}

	@Override
	public String expectedAccessKeyId(Invocation invocation) {
		return ScfRuntimeDriver.SECRET_ID;
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
	public Optional<byte[]> httpTriggerEvent(HttpCall call) {
		return Optional.of(HttpTriggerEvents.scfFunctionUrl(call));
	}

	@Override
	public Optional<Reply> httpRequest(String function, String requestId, HttpCall call) throws Exception {
		return Optional.of(PlatformHttp.send(this.port, call, Map.of("X-Scf-Request-Id", requestId, "X-Scf-Name", function)));
	}

}
