package io.github.fnspring.platform;

import org.jspecify.annotations.Nullable;

import io.github.fnspring.FnCredentials;

/**
 * What a platform's instance knows before any invocation, from its environment in the cloud
 * or from {@code fn.local.*} in a local run. Its credentials seed the
 * {@code FnCredentialsProvider}, which then follows the freshest an invocation brings.
 */
public interface InstanceDefaults {

	/** The id of the platform whose instance this is. */
	String platform();

	/** The instance's own credentials (plainly fake ones in a local run), or {@code null} when it has none. */
	@Nullable FnCredentials credentials();

}
