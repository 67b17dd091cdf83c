package io.github.fnspring.tencent;

import java.util.Set;
import java.util.function.UnaryOperator;

import io.github.fnspring.core.Failure;
import io.github.fnspring.core.FailureRenderer;
import io.github.fnspring.core.InvocationContext;
import io.github.fnspring.server.HttpContextReader;
import io.github.fnspring.server.HttpDialect;

/**
 * SCF's web and image functions: events on the event path ({@code /event-invoke}), no
 * initializer path, the cloud function's name in {@code X-Scf-Name}, the context in the
 * {@code X-Scf-*} headers, and a failed event answered with SCF's status code and error body.
 */
final class ScfHttpDialect implements HttpDialect {

	private static final Set<String> CREDENTIAL_HEADERS = Set.of("x-scf-secret-id", "x-scf-secret-key", "x-scf-session-token");

	private final String eventPath;

	private final HttpContextReader contexts;

	private final ScfErrorBody errors;

	ScfHttpDialect(String eventPath, HttpContextReader contexts, ScfErrorBody errors) {
		this.eventPath = eventPath;
		this.contexts = contexts;
		this.errors = errors;
	}

	@Override
	public String eventPath() {
		return this.eventPath;
	}

	@Override
	public String initPath() {
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
	public InvocationContext context(UnaryOperator<String> header) {
		return this.contexts.fromHttpHeaders(header);
	}

	@Override
	public int failureStatus(Failure failure) {
		return ScfErrorBody.statusCode(failure);
	}

	@Override
	public FailureRenderer failureRenderer() {
		return this.errors;
	}

}
