package io.github.fnspring;

import java.util.Optional;

/**
 * The freshest credentials the platform gave this instance: the running invocation's on
 * the thread running it, else the newest any invocation brought, else the instance's own
 * (from its environment). Usable anywhere, invocation or not.
 *
 * <p>The clouds hand out temporary credentials with each invocation. A cloud SDK client
 * built once, as a singleton, would keep the first invocation's until they expire: give
 * it this provider instead, or one of fn-spring's adapters for the vendors' SDKs, which are
 * beans too when the SDK is on the class path.
 */
@FunctionalInterface
public interface FnCredentialsProvider {

	/** The freshest credentials, or empty when the platform gave none. */
	Optional<FnCredentials> credentials();

}
