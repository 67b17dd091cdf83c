package io.github.fnspring.core;

import java.time.DateTimeException;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * The two ways vendors' events carry a time: ISO-8601 strings, in UTC or with an offset
 * (SCF's timer and CMQ, FunctionGraph's timer, OBS and SMN), and epoch seconds, as a
 * number or a numeric string (SCF's COS, FunctionGraph's Kafka). A time that is sent but
 * cannot be read is a bad request, not a missing time.
 */
public final class EventTimes {

	private EventTimes() {
	}

	/**
	 * An ISO-8601 time that must be there.
	 * @throws InvalidInputException when it is missing or not ISO-8601
	 */
	public static Instant iso(JsonNode value) {
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
	public static @Nullable Instant isoOrNull(JsonNode value) {
		return isAbsent(value) ? null : iso(value);
	}

	/**
	 * A time in epoch seconds, or {@code null} when not sent.
	 * @throws InvalidInputException when it is sent but not a number
	 */
	public static @Nullable Instant epochSecondsOrNull(JsonNode value) {
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
		return InvalidInputException.badRequest("Invalid time in event: '" + value.asString("") + "'", cause);
	}

}
