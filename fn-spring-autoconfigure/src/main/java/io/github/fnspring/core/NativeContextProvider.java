package io.github.fnspring.core;

import java.util.Optional;

import io.github.fnspring.FnContext;

/** Supplies a vendor-native context object for {@link FnContext#unwrap(Class)}. */
public interface NativeContextProvider {

	/** A provider for platforms without a native context. */
	NativeContextProvider NONE = new NativeContextProvider() {
		@Override
		public <T> Optional<T> unwrap(Class<T> type, FnContext context) {
			return Optional.empty();
		}
	};

	<T> Optional<T> unwrap(Class<T> type, FnContext context);

}
