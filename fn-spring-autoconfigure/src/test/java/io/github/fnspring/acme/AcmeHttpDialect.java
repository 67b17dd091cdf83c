package io.github.fnspring.acme;

import java.util.Set;

import io.github.fnspring.core.Failure;
import io.github.fnspring.server.HttpDialect;

/** Acme's HTTP protocol: events on {@code /acme/invoke}, the initializer on {@code /acme/init}. */
final class AcmeHttpDialect implements HttpDialect {

	static final Set<String> CREDENTIAL_HEADERS = Set.of("x-acme-key-id", "x-acme-key-secret");

	@Override
	public String eventPath() {
		return "/acme/invoke";
	}

	@Override
	public String initPath() {
		return "/acme/init";
	}

	@Override
	public String functionNameHeader() {
		return "X-Acme-Function";
	}

	@Override
	public String reservedHeaderPrefix() {
		return "x-acme-";
	}

	@Override
	public Set<String> credentialHeaders() {
		return CREDENTIAL_HEADERS;
	}

	@Override
	public int failureStatus(Failure failure) {
		return failure.isClientError() ? 400 : 500;
	}

}
