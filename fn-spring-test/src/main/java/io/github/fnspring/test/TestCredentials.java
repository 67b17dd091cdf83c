package io.github.fnspring.test;

import io.github.fnspring.FnCredentials;

/**
 * The credentials the kit sends with each invocation where the platform sends them per
 * invocation (FC's and FunctionGraph's); SCF gives a function its instance's credentials,
 * from the environment.
 */
public final class TestCredentials {

	public static final String ACCESS_KEY_ID = "fn-test-access-key-id";

	public static final String ACCESS_KEY_SECRET = "fn-test-access-key-secret";

	public static final String SECURITY_TOKEN = "fn-test-security-token";

	/** The same, as a function sees them. */
	public static final FnCredentials CREDENTIALS = new FnCredentials(ACCESS_KEY_ID, ACCESS_KEY_SECRET,
			SECURITY_TOKEN);

	private TestCredentials() {
	}

}
