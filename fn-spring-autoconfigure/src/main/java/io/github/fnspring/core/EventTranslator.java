package io.github.fnspring.core;

import java.util.Optional;

import io.github.fnspring.event.HttpRequestEvent;
import io.github.fnspring.event.ObjectStorageEvent;
import io.github.fnspring.event.TimerEvent;

/**
 * Turns a vendor's trigger event JSON into a portable type from
 * {@code io.github.fnspring.event} ({@code TimerEvent}, {@code ObjectStorageEvent},
 * {@code HttpRequestEvent}) or into one of the vendor's own event records. Each vendor
 * supplies one.
 */
@FunctionalInterface
public interface EventTranslator {

	/** A translator that knows no vendor shape; portable types are then read as plain JSON. */
	EventTranslator NONE = (event, type) -> Optional.empty();

	/**
	 * Whether events are read into this type by {@link #translate}; by default the portable
	 * types. Checked on every invocation, so it must be cheap.
	 */
	default boolean supports(Class<?> type) {
		return type == TimerEvent.class || type == ObjectStorageEvent.class || type == HttpRequestEvent.class;
	}

	/**
	 * @param event the event body
	 * @param portableType the type the function takes, one {@link #supports} accepts
	 * @return the translated event, or empty when the event is not in this vendor's shape
	 * @throws InvalidInputException when the event is in the vendor's shape but malformed
	 */
	Optional<Object> translate(byte[] event, Class<?> portableType);

}
