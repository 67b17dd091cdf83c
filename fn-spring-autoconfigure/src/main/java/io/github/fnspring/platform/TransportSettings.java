package io.github.fnspring.platform;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.util.unit.DataSize;

import io.github.fnspring.runtime.RuntimeApiLimits;

/**
 * The transport settings an application configured ({@code fn.server.*}); {@code null} where
 * the platform's default applies.
 *
 * @param address the address to bind, or {@code null}
 * @param port the base port, or {@code null}
 * @param maxThreads the most requests handled at once, or {@code null}
 * @param maxRequestSize the largest request accepted, or {@code null}
 * @param maxRequestTime how long a request may take to arrive
 * @param shutdownGracePeriod how long invocations in flight may take to finish on shutdown
 * @param runtimeApiOutageLimit how long a custom runtime retries an unavailable Runtime API
 * @param virtualThreads whether requests run on virtual threads (Java 21 and later)
 */
public record TransportSettings(@Nullable String address, @Nullable Integer port, @Nullable Integer maxThreads,
		@Nullable DataSize maxRequestSize,
		Duration maxRequestTime, Duration shutdownGracePeriod, Duration runtimeApiOutageLimit,
		boolean virtualThreads) {

	/** A request may take at most the heap divided by this, unless configured otherwise. */
	private static final int HEAP_SHARE_PER_REQUEST = 16;

	/**
	 * The configured limit in bytes; else the platform's, but no more than a sixteenth of the
	 * heap: reading, parsing and answering a body takes several times its size, and a 128 MB
	 * function (64 MB heap) must stay under 128 MB while it does (measured: a body of an
	 * eighth of the heap took it to 140 MB, a sixteenth to 125 MB).
	 */
	public long maxRequestBytesOr(DataSize platformLimit) {
		if (this.maxRequestSize != null) {
			return this.maxRequestSize.toBytes();
		}
		return Math.min(platformLimit.toBytes(), Runtime.getRuntime().maxMemory() / HEAP_SHARE_PER_REQUEST);
	}

	/** The configured concurrency, or the platform's. */
	public int maxThreadsOr(int platformConcurrency) {
		return (this.maxThreads != null) ? this.maxThreads : platformConcurrency;
	}

	/** The limits of a custom runtime's poll loop. */
	public RuntimeApiLimits runtimeApiLimits() {
		return new RuntimeApiLimits(this.shutdownGracePeriod, this.runtimeApiOutageLimit,
				RuntimeApiLimits.DEFAULT_POST_TIMEOUT);
	}

}
