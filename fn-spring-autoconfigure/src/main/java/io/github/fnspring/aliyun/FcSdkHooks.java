package io.github.fnspring.aliyun;

import com.aliyun.fc.runtime.Context;
import com.aliyun.fc.runtime.FunctionInitializer;
import com.aliyun.fc.runtime.PreStopHandler;

import io.github.fnspring.FnContext;
import io.github.fnspring.FnInitializer;
import io.github.fnspring.FnPreStopHandler;

/** FC SDK {@link FunctionInitializer} and {@link PreStopHandler} beans as fn-spring hooks. */
final class FcSdkHooks {

	private FcSdkHooks() {
	}

	static FnInitializer initializers(Iterable<FunctionInitializer> initializers) {
		return (context) -> {
			for (FunctionInitializer initializer : initializers) {
				initializer.initialize(sdkContext(context));
			}
		};
	}

	static FnPreStopHandler preStopHandlers(Iterable<PreStopHandler> handlers) {
		return (context) -> {
			for (PreStopHandler handler : handlers) {
				handler.preStop(sdkContext(context));
			}
		};
	}

	private static Context sdkContext(FnContext context) {
		return context.unwrap(Context.class)
			.orElseThrow(() -> new IllegalStateException("No FC SDK context for " + context));
	}

}
