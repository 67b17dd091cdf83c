package io.github.fnspring.platform;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;

import io.github.fnspring.core.EventTranslator;

/**
 * A platform's own {@link EventTranslator}. An application's {@code EventTranslator} bean
 * replaces it on every platform; beside the translators of the other platforms served in the
 * same local run it stays (their beans are declared
 * {@code @ConditionalOnMissingBean(value = EventTranslator.class, ignored = PlatformEventTranslator.class)}).
 */
public interface PlatformEventTranslator extends EventTranslator {

	/** The application's own translator when it declared one, else the platform's of the given type. */
	static EventTranslator forPlatform(ObjectProvider<EventTranslator> translators,
			Class<? extends PlatformEventTranslator> platformType) {
		List<EventTranslator> all = translators.orderedStream().toList();
		return all.stream()
			.filter((translator) -> !(translator instanceof PlatformEventTranslator))
			.findFirst()
			.or(() -> all.stream().filter(platformType::isInstance).findFirst())
			.orElseThrow(() -> new IllegalStateException("No " + platformType.getSimpleName() + " bean"));
	}

}
