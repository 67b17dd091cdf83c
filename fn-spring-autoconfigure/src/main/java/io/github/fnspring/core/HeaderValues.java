package io.github.fnspring.core;

import java.util.UUID;

/**
 * Reading context values from platform headers, which may be missing, blank or malformed:
 * a bad value never fails an invocation, it falls back to the instance's default.
 */
public final class HeaderValues {

	private HeaderValues() {
	}

	/** The value, or the fallback when it is missing or blank. */
	public static String text(String value, String fallback) {
		return (value != null && !value.isBlank()) ? value : fallback;
	}

	/**
	 * The platform's request id, or a generated one when it sent none, so every invocation
	 * can be told apart in logs; generated only when needed, since it costs a secure random.
	 */
	public static String requestId(String value) {
		return (value != null && !value.isBlank()) ? value : UUID.randomUUID().toString();
	}

	/** The value as a positive number, or the fallback when it is missing, malformed or not positive. */
	public static long positiveNumber(String value, long fallback) {
		if (value == null) {
			return fallback;
		}
		try {
			long parsed = Long.parseLong(value.trim());
			return (parsed > 0) ? parsed : fallback;
		}
		catch (NumberFormatException ex) {
			return fallback;
		}
	}

}
