package io.github.fnspring.aliyun;

import java.util.Optional;

import org.springframework.util.ClassUtils;

import io.github.fnspring.FnContext;
import io.github.fnspring.core.NativeContextProvider;

/** Offers FC's SDK {@code Context} when {@code fc-java-core} is on the class path. */
final class FcNativeContexts implements NativeContextProvider {

	private static final String SDK_CONTEXT = "com.aliyun.fc.runtime.Context";

	private static final boolean SDK_PRESENT = ClassUtils.isPresent(SDK_CONTEXT, FcNativeContexts.class.getClassLoader());

	private final FcRequestDetails details;

	FcNativeContexts(FcRequestDetails details) {
		this.details = details;
	}

	@Override
	public <T> Optional<T> unwrap(Class<T> type, FnContext context) {
		if (SDK_PRESENT && SDK_CONTEXT.equals(type.getName())) {
			return Optional.of(type.cast(new FcSdkContext(context, this.details)));
		}
		return Optional.empty();
	}

}
