package io.github.fnspring.runtime;

import java.net.URI;
import java.time.Duration;

/** The Runtime API stayed unavailable longer than the outage limit. */
final class RuntimeApiUnavailableException extends RuntimeException {

	RuntimeApiUnavailableException(URI base, Duration limit) {
		super("The Runtime API at " + base + " has been unavailable for more than " + limit);
	}

}
