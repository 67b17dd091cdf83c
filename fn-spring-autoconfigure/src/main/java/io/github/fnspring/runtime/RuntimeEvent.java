package io.github.fnspring.runtime;

import java.net.http.HttpHeaders;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One event as the Runtime API handed it out.
 *
 * @param headers the response headers of the long-poll, where vendors put the request id,
 * limits and credentials
 * @param body the event
 * @param receivedAt when the event arrived, the start of its deadline
 */
public record RuntimeEvent(HttpHeaders headers, byte[] body, Instant receivedAt) {

	/** A header's first value, matched case-insensitively. */
	public @Nullable String header(String name) {
		return this.headers.firstValue(name).orElse(null);
	}

}
