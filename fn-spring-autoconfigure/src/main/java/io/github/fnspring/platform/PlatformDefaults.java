package io.github.fnspring.platform;

import java.time.Duration;

/**
 * Properties of a platform whose custom runtime or HTTP function may not say what the
 * function's timeout and memory are: SCF's events and FunctionGraph's environment normally
 * carry both.
 */
public class PlatformDefaults {

	/** Function timeout assumed when the platform does not give one (both clouds' default). */
	private Duration timeout = Duration.ofSeconds(3);

	/** Memory reported when the platform does not give it, in MB (both clouds' default). */
	private int memoryMb = 128;

	public Duration getTimeout() {
		return this.timeout;
	}

	public void setTimeout(Duration timeout) {
		this.timeout = timeout;
	}

	public int getMemoryMb() {
		return this.memoryMb;
	}

	public void setMemoryMb(int memoryMb) {
		this.memoryMb = memoryMb;
	}

}
