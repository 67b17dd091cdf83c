package io.github.fnspring.core;

import java.util.Optional;

/**
 * Turns a vendor's trigger event JSON into a portable type from
 * {@code io.github.fnspring.event} ({@code TimerEvent}, {@code ObjectStorageEvent},
 * {@code HttpRequestEvent}). Each vendor supplies one.
 */
@FunctionalInterface
public interface EventTranslator {

	/** A translator that knows no vendor shape; portable types are then read as plain JSON. */
	EventTranslator NONE = (event, type) -> Optional.empty();

	/**
	 * @param event the event body
	 * @param portableType the portable type the function takes
	 * @return the translated event, or empty when the event is not in this vendor's shape
	 * @throws InvalidInputException when the event is in the vendor's shape but malformed
	 */
	Optional<Object> translate(byte[] event, Class<?> portableType);

}
