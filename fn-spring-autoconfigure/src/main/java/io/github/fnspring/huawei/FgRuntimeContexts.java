package io.github.fnspring.huawei;

import java.time.Duration;
import java.time.InstantSource;
import java.util.Optional;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import com.huawei.services.runtime.Context;

import io.github.fnspring.FnContext;
import io.github.fnspring.FnCredentials;
import io.github.fnspring.Vendor;
import io.github.fnspring.core.HeaderValues;
import io.github.fnspring.core.InvocationContext;
import io.github.fnspring.core.NativeContextProvider;

/**
 * The context of an invocation of FunctionGraph's built-in Java runtime, read from the
 * runtime's own {@link Context}, which {@code unwrap} returns unchanged. Only loaded by the
 * built-in runtime's entry point, where that class exists.
 */
final class FgRuntimeContexts {

	private static final String LOGGER_PREFIX = "fn.function.";

	private FgRuntimeContexts() {
	}

	static InvocationContext of(Context context, InstantSource clock) {
		return of(context, clock, HeaderValues.requestId(context.getRequestID()));
	}

	/** The context of a call under a request id of fn-spring's own, such as a priming invocation's. */
	static InvocationContext of(Context context, InstantSource clock, String requestId) {
		InvocationContext.Builder builder = InvocationContext.builder(Vendor.HUAWEI).platform(HuaweiPlatform.ID)
			.requestId(requestId)
			.clock(clock)
			.timeout(Duration.ofSeconds(context.getRunningTimeInSeconds()))
			.deadline(clock.instant().plusMillis(Math.max(0, context.getRemainingTimeInMilliSeconds())))
			.credentials(credentials(context))
			.functionName(context.getFunctionName())
			.functionVersion(context.getVersion())
			.memoryLimitMb(context.getMemorySize())
			.accountId(optional(context::getProjectID))
			.userData(context::getUserData)
			.nativeContexts(new Original(context));
		if (context.getLogger() != null) {
			builder.logger(new FgRuntimeLogger(LOGGER_PREFIX + context.getFunctionName(), context.getLogger()));
		}
		return builder.build();
	}

	/** The temporary security keys; the permanent ones are deprecated and never used. */
	private static @Nullable FnCredentials credentials(Context context) {
		String key = optional(context::getSecurityAccessKey);
		String secret = optional(context::getSecuritySecretKey);
		return (key != null && !key.isEmpty() && secret != null && !secret.isEmpty())
				? new FnCredentials(key, secret, optional(context::getSecurityToken)) : null;
	}

	/**
	 * A value of a method that older runtime jars lack: the stand-in this class compiles
	 * against declares it, but the jar FunctionGraph loads may not, and then the call
	 * throws a linkage error instead of returning.
	 */
	private static @Nullable String optional(Supplier<@Nullable String> getter) {
		try {
			return getter.get();
		}
		catch (NoSuchMethodError | AbstractMethodError ex) {
			return null;
		}
	}

	private record Original(Context context) implements NativeContextProvider {

		@Override
		public <T> Optional<T> unwrap(Class<T> type, FnContext fnContext) {
			return type.isInstance(this.context) ? Optional.of(type.cast(this.context)) : Optional.empty();
		}

	}

}
