package io.github.fnspring.tencent;

import java.util.Optional;

import org.springframework.util.ClassUtils;

import io.github.fnspring.FnContext;
import io.github.fnspring.core.NativeContextProvider;

/** Offers SCF's SDK {@code Context} when {@code scf-java-events} is on the class path. */
final class ScfNativeContexts implements NativeContextProvider {

	private static final String SDK_CONTEXT = "com.qcloud.scf.runtime.Context";

	private static final boolean SDK_PRESENT = ClassUtils.isPresent(SDK_CONTEXT, ScfNativeContexts.class.getClassLoader());

	ScfNativeContexts() {
	}

	@Override
	public <T> Optional<T> unwrap(Class<T> type, FnContext context) {
		if (SDK_PRESENT && SDK_CONTEXT.equals(type.getName())) {
			return Optional.of(type.cast(new ScfSdkContext(context)));
		}
		return Optional.empty();
	}

}
