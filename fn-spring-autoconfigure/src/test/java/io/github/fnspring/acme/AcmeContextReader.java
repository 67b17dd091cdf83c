package io.github.fnspring.acme;

import java.time.Duration;
import java.util.function.UnaryOperator;

import io.github.fnspring.FnCredentials;
import io.github.fnspring.core.HeaderValues;
import io.github.fnspring.core.InvocationContext;
import io.github.fnspring.server.HttpContextReader;

/** Acme's context: request id, timeout and keys in {@code X-Acme-*} headers. */
final class AcmeContextReader implements HttpContextReader {

	private final String functionName;

	private final boolean inCloud;

	AcmeContextReader(String functionName, boolean inCloud) {
		this.functionName = functionName;
		this.inCloud = inCloud;
	}

	@Override
	public InvocationContext fromHttpHeaders(UnaryOperator<String> header) {
		String keyId = header.apply("X-Acme-Key-Id");
		String secret = header.apply("X-Acme-Key-Secret");
		return InvocationContext.builder(new AcmePlatform().vendor())
			.platform(AcmePlatform.ID)
			.requestId(HeaderValues.requestId(header.apply("X-Acme-Request-Id")))
			.timeout(HeaderValues.timeoutSeconds(header.apply("X-Acme-Timeout"), Duration.ofSeconds(30)))
			.functionName(this.functionName)
			.memoryLimitMb(256)
			.credentials((keyId != null && secret != null) ? new FnCredentials(keyId, secret, null) : null)
			.region(this.inCloud ? "acme-1" : "local")
			.build();
	}

}
