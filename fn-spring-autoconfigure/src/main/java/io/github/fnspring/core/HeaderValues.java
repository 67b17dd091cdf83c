package io.github.fnspring.core;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Reading context values from platform headers, which may be missing, blank or malformed:
 * a bad value never fails an invocation, it falls back to the instance's default.
 */
public final class HeaderValues {

	private HeaderValues() {
	}

	/** The value, or the fallback when it is missing or blank. */
	public static @Nullable String text(@Nullable String value, @Nullable String fallback) {
		return (value != null && !value.isBlank()) ? value : fallback;
	}

	/**
	 * The platform's request id, or a generated one when it sent none, so every invocation
	 * can be told apart in logs; generated only when needed, since it costs a secure random.
	 */
	public static String requestId(@Nullable String value) {
		return (value != null && !value.isBlank()) ? value : RandomIds.uuid();
	}

	/**
	 * The longest timeout a header is believed to give: every platform's longest is a day or
	 * less. A larger value is treated as malformed, so that no deadline overflows.
	 */
	public static final Duration MAX_TIMEOUT = Duration.ofHours(24);

	/** The largest memory size a header is believed to give, in MB: far above any platform's, far below overflow. */
	static final int MAX_MEMORY_MB = 1 << 20;

	/** A timeout sent in seconds, or the fallback when it is missing, malformed, not positive or over a day. */
	public static Duration timeoutSeconds(@Nullable String value, Duration fallback) {
		long seconds = number(value);
		return (seconds > 0 && seconds <= MAX_TIMEOUT.toSeconds()) ? Duration.ofSeconds(seconds) : fallback;
	}

	/** A timeout sent in milliseconds, or the fallback when it is missing, malformed, not positive or over a day. */
	public static Duration timeoutMillis(@Nullable String value, Duration fallback) {
		long millis = number(value);
		return (millis > 0 && millis <= MAX_TIMEOUT.toMillis()) ? Duration.ofMillis(millis) : fallback;
	}

	/** A memory size in MB, or the fallback when it is missing, malformed, not positive or absurdly large. */
	public static int memoryMb(@Nullable String value, int fallback) {
		long megabytes = number(value);
		return (megabytes > 0 && megabytes <= MAX_MEMORY_MB) ? (int) megabytes : fallback;
	}

	/**
	 * The value as a count that may be zero, such as a retry count, or {@code -1} when it is
	 * missing, malformed, negative or too large for an {@code int}.
	 */
	public static int count(@Nullable String value) {
		long parsed = number(value);
		return (parsed >= 0 && parsed <= Integer.MAX_VALUE) ? (int) parsed : -1;
	}

	/**
	 * A deadline sent as epoch milliseconds, or {@code null} when it is missing, malformed,
	 * not positive, or further than {@code horizon} after {@code now}: an absurd value must
	 * not give an invocation unlimited time.
	 */
	public static @Nullable Instant epochMillis(@Nullable String value, Instant now, Duration horizon) {
		long parsed = number(value);
		if (parsed <= 0) {
			return null;
		}
		Instant instant = Instant.ofEpochMilli(parsed);
		return instant.isAfter(now.plus(horizon)) ? null : instant;
	}

	/** The value as a long, or {@code -1} when it is missing or malformed. */
	private static long number(@Nullable String value) {
		if (value == null) {
			return -1;
		}
		try {
			return Long.parseLong(value.trim());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

}
