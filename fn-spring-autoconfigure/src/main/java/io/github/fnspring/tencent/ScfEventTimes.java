package io.github.fnspring.tencent;

import java.time.DateTimeException;
import java.time.Instant;

import tools.jackson.databind.JsonNode;

import io.github.fnspring.core.InvalidInputException;

/**
 * The two ways SCF's events carry a time: ISO-8601 strings (timer, CMQ) and epoch seconds
 * (COS, as a number or a numeric string).
 */
final class ScfEventTimes {

	private ScfEventTimes() {
	}

	/**
	 * An ISO-8601 time that must be there.
	 * @throws InvalidInputException when it is missing or not ISO-8601
	 */
	static Instant iso(JsonNode value) {
		try {
			return Instant.parse(value.asString(""));
		}
		catch (DateTimeException ex) {
			throw invalid(value, ex);
		}
	}

	/**
	 * An ISO-8601 time, or {@code null} when not sent.
	 * @throws InvalidInputException when it is sent but not ISO-8601
	 */
	static Instant isoOrNull(JsonNode value) {
		return isAbsent(value) ? null : iso(value);
	}

	/**
	 * A time in epoch seconds, or {@code null} when not sent.
	 * @throws InvalidInputException when it is sent but not a number
	 */
	static Instant epochSecondsOrNull(JsonNode value) {
		if (isAbsent(value)) {
			return null;
		}
		try {
			return Instant.ofEpochSecond(value.isNumber() ? value.asLong() : Long.parseLong(value.asString().trim()));
		}
		catch (NumberFormatException | DateTimeException ex) {
			throw invalid(value, ex);
		}
	}

	private static boolean isAbsent(JsonNode value) {
		return value.isMissingNode() || value.isNull() || value.asString("").isEmpty();
	}

	private static InvalidInputException invalid(JsonNode value, Exception cause) {
		return InvalidInputException.badRequest("Invalid time in SCF event: '" + value.asString("") + "'", cause);
	}

}
