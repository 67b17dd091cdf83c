package io.github.fnspring.platform;

import org.jspecify.annotations.Nullable;

import io.github.fnspring.core.EventTranslator;

/**
 * A platform's own {@link EventTranslator} ({@link FnPlatform#eventTranslator()}). The
 * {@code EventTranslator} bean is the served platform's, unless the application declared its
 * own, which then replaces the translator of every platform served.
 */
public interface PlatformEventTranslator extends EventTranslator {

	/**
	 * The translator a platform's transports read portable events with: the application's own
	 * {@code EventTranslator} bean when it declared one, else the platform's.
	 * @param bean the {@code EventTranslator} bean, if any
	 */
	static EventTranslator applicationsOr(@Nullable EventTranslator bean, FnPlatform platform) {
		return (bean != null && !(bean instanceof PlatformEventTranslator)) ? bean : platform.eventTranslator();
	}

}
