package io.github.fnspring.acme;

import java.util.Optional;

import io.github.fnspring.platform.PlatformEventTranslator;

/** Acme has no event shapes of its own: portable types are read as plain JSON. */
final class AcmeEventTranslator implements PlatformEventTranslator {

	@Override
	public Optional<Object> translate(byte[] event, Class<?> portableType) {
		return Optional.empty();
	}

}
