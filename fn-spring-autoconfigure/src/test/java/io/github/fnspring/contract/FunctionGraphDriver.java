package io.github.fnspring.contract;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What FunctionGraph's transports share: a failure is FunctionGraph's error body with status
 * 500, and a function sees the credentials the invocation carried.
 */
public abstract class FunctionGraphDriver implements TransportDriver {

	@Override
	public void assertFailure(Reply reply, String errorType, String messagePart) {
		assertThat(reply.status()).as("a failure reaches FunctionGraph as an error").isEqualTo(500);
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
	public String expectedPlatform() {
		return "huawei";
	}

	@Override
	public Optional<byte[]> httpTriggerEvent(HttpCall call) {
		return Optional.of(HttpTriggerEvents.fgApig(call));
	}

}
