package io.github.fnspring.huawei;

import java.util.Set;

import io.github.fnspring.core.Failure;
import io.github.fnspring.server.HttpDialect;

/**
 * FunctionGraph's HTTP functions and container images: events on {@code POST /invoke},
 * initializers on {@code POST /init}, the cloud function's name in {@code X-CFF-Func-Name},
 * the context in the {@code X-CFF-*} headers, and a failed event answered 500, a non-2xx
 * status FunctionGraph counts as a function error, with FunctionGraph's error body.
 */
final class FgHttpDialect implements HttpDialect {

	private static final Set<String> CREDENTIAL_HEADERS = Set.of("x-cff-security-access-key",
			"x-cff-security-secret-key", "x-cff-security-token", "x-cff-auth-token");

	@Override
	public String eventPath() {
		return "/invoke";
	}

	@Override
	public String initPath() {
		return "/init";
	}

	@Override
	public String functionNameHeader() {
		return "X-CFF-Func-Name";
	}

	@Override
	public String reservedHeaderPrefix() {
		return "x-cff-";
	}

	@Override
	public Set<String> credentialHeaders() {
		return CREDENTIAL_HEADERS;
	}

	@Override
	public int failureStatus(Failure failure) {
		return 500;
	}

}
