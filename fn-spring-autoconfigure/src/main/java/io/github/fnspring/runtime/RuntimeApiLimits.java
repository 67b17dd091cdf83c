package io.github.fnspring.runtime;

import java.time.Duration;

/**
 * How long a custom runtime waits on things that may not come.
 *
 * @param shutdownGracePeriod how long the event in hand may take to finish when the
 * instance stops; past it, it is answered as failed
 * @param outageLimit how long the Runtime API may stay unavailable before the process exits
 * with status 1, so that the platform replaces the instance
 * @param postTimeout how long a post of a result or an error may take; one that times out
 * is not posted again, as it may have arrived
 */
public record RuntimeApiLimits(Duration shutdownGracePeriod, Duration outageLimit, Duration postTimeout) {

	/** The time a platform's Runtime API is given to take a result. */
	public static final Duration DEFAULT_POST_TIMEOUT = Duration.ofSeconds(30);

}
