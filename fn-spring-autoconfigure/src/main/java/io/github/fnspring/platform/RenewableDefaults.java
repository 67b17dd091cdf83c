package io.github.fnspring.platform;

import org.springframework.core.env.Environment;

import io.github.fnspring.core.Renewable;

/**
 * A platform's {@link InstanceDefaults} as invocations read them: those of the start, until
 * the instance is restored from a snapshot into another environment (FunctionGraph's
 * snapshot-based cold start, a CRaC restore), which {@link #renew()} reads them from again. A
 * snapshot is taken where the function was initialized, its restored copies run as other
 * instances: their function version, memory, region or credentials may differ.
 *
 * @param <T> the platform's defaults
 */
public final class RenewableDefaults<T extends InstanceDefaults> implements Renewable {

	private final Class<T> type;

	private final Environment environment;

	private volatile T current;

	/**
	 * @param initial the defaults of the start
	 * @param environment the application's environment, which reads the process's
	 */
	public RenewableDefaults(Class<T> type, T initial, Environment environment) {
		this.type = type;
		this.current = initial;
		this.environment = environment;
	}

	/** The instance's defaults now. */
	public T current() {
		return this.current;
	}

	/** The id of the platform whose defaults these are. */
	public String platform() {
		return this.current.platform();
	}

	/** Reads the defaults again from the environment: the restored process's. */
	@Override
	public void renew() {
		this.current = this.type.cast(this.current.renewedFrom(this.environment));
	}

	@Override
	public String toString() {
		return "RenewableDefaults[" + this.current + "]";
	}

}
