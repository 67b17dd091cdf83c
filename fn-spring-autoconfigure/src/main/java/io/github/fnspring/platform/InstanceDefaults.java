package io.github.fnspring.platform;

import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;

import io.github.fnspring.FnCredentials;

/**
 * What a platform's instance knows before any invocation, from its environment in the cloud
 * or from {@code fn.local.*} in a local run. Its credentials seed the
 * {@code FnCredentialsProvider}, which then follows the freshest an invocation brings. An
 * instance restored from a snapshot reads them again ({@link RenewableDefaults}).
 */
public interface InstanceDefaults {

	/** The id of the platform whose instance this is. */
	String platform();

	/** The instance's own credentials (plainly fake ones in a local run), or {@code null} when it has none. */
	@Nullable FnCredentials credentials();

	/**
	 * The defaults of this instance restored from a snapshot into {@code environment}, the
	 * restored process's: those read from a cloud's environment are read again from it (a
	 * variable it lacks now is gone), with the values the configuration assumed where the
	 * cloud gives none; by default, and for a local run, these same defaults.
	 */
	default InstanceDefaults renewedFrom(Environment environment) {
		return this;
	}

}
