package io.github.fnspring.tencent;

import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.github.fnspring.core.Failure;
import io.github.fnspring.server.HttpDialect;

/**
 * SCF's web and image functions: events on the event path ({@code /event-invoke}), no
 * initializer path, the cloud function's name in {@code X-Scf-Name}, the context in the
 * {@code X-Scf-*} headers, and a failed event answered with SCF's status code and error body.
 */
final class ScfHttpDialect implements HttpDialect {

	private static final Set<String> CREDENTIAL_HEADERS = Set.of("x-scf-secret-id", "x-scf-secret-key",
			"x-scf-session-token");

	private final String eventPath;

	ScfHttpDialect(String eventPath) {
		this.eventPath = eventPath;
	}

	@Override
	public String eventPath() {
		return this.eventPath;
	}

	@Override
	public @Nullable String initPath() {
		return null;
	}

	@Override
	public String functionNameHeader() {
		return "X-Scf-Name";
	}

	@Override
	public String reservedHeaderPrefix() {
		return "x-scf-";
	}

	@Override
	public Set<String> credentialHeaders() {
		return CREDENTIAL_HEADERS;
	}

	@Override
	public int failureStatus(Failure failure) {
		return ScfErrorBody.statusCode(failure);
	}

}
