package io.github.fnspring;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

import org.slf4j.Logger;

/**
 * The context of the invocation running on the current thread, the same on every cloud.
 *
 * <p>Inject the {@code FnContext} bean anywhere, including into singletons: each call
 * resolves to the invocation running on the calling thread. Outside an invocation its
 * methods throw {@link IllegalStateException}. Functions taking a
 * {@code Message<T>} also find the context in the {@link #MESSAGE_HEADER} header.
 */
public interface FnContext {

	/** Name of the message header that carries the {@code FnContext} of an invocation. */
	String MESSAGE_HEADER = "fn_context";

	/** MDC key holding the request id while an invocation runs. */
	String MDC_REQUEST_ID = "fnRequestId";

	/** MDC key holding the invoked function's name while an invocation runs. */
	String MDC_FUNCTION = "fnFunction";

	/** MDC key holding the vendor ({@code aliyun}, {@code tencent}, {@code huawei}, {@code local}) while an invocation runs. */
	String MDC_VENDOR = "fnVendor";

	/** MDC key holding the trace id of the platform's trace the running invocation belongs to, when it sent one. */
	String MDC_TRACE_ID = "fnTraceId";

	/** MDC key set to {@code true} while the instance's first invocation runs; absent for every later one. */
	String MDC_COLD_START = "fnColdStart";

	/** The platform's request id of this invocation. */
	String requestId();

	/** Time left until the invocation's deadline; never negative. */
	Duration remainingTime();

	/** Credentials of the function's execution role, when the platform provides them. */
	Optional<FnCredentials> credentials();

	/** A logger whose lines carry this invocation's request id. */
	Logger logger();

	/** The cloud function's name. */
	String functionName();

	/** The cloud function's version or qualifier, for example {@code LATEST}. */
	String functionVersion();

	/** Memory configured for the function, in MB. */
	int memoryLimitMb();

	/** The function's configured timeout. */
	Duration timeout();

	/** The region the function runs in, when known. */
	Optional<String> region();

	/** The owning account (Alibaba account id, Tencent APPID, Huawei project id), when known. */
	Optional<String> accountId();

	/** The platform this invocation runs on; {@link Vendor#LOCAL} in a local run. */
	Vendor vendor();

	/**
	 * The id of the platform whose protocol served this invocation: {@code aliyun},
	 * {@code tencent}, {@code huawei}, or the id of a platform added to fn-spring, in a local
	 * run too (where {@link #vendor()} is {@link Vendor#LOCAL}).
	 */
	default String platform() {
		return vendor().name().toLowerCase(Locale.ROOT);
	}

	/** A user-configured value of the function (its environment variables or user data). */
	Optional<String> userData(String key);

	/**
	 * The trigger that started this invocation, as the platform names it, when it says:
	 * SCF's {@code X-Scf-Trigger-Src} on web and image functions (for example {@code timer}).
	 */
	default Optional<String> triggerSource() {
		return Optional.empty();
	}

	/**
	 * How the invocation was made, {@code sync} or {@code async}, when the platform says:
	 * FunctionGraph's {@code X-CFF-Invoke-Type}. Other values are passed on as sent, in
	 * lower case.
	 */
	default Optional<String> invocationType() {
		return Optional.empty();
	}

	/**
	 * How many times the platform retried this invocation before this attempt (0 for the
	 * first), when it says: FC's {@code x-fc-retry-count}.
	 */
	default OptionalInt retryCount() {
		return OptionalInt.empty();
	}

	/**
	 * The trace this invocation belongs to, as a W3C {@code traceparent}
	 * ({@code 00-<trace id>-<parent span id>-<flags>}), when the platform sends one: FC's
	 * Tracing Analysis context ({@code x-fc-tracing-opentracing-span-context}), or a
	 * {@code traceparent} header. fn-spring continues it in Micrometer Tracing when present.
	 */
	default Optional<String> traceParent() {
		return Optional.empty();
	}

	/**
	 * The vendor-native context, for code written against a vendor SDK.
	 * @param type for example {@code com.aliyun.fc.runtime.Context}
	 * @return the native context, or empty when this platform has none of that type
	 */
	<T> Optional<T> unwrap(Class<T> type);

}
