package io.github.fnspring.core;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.fnspring.FnContext;
import io.github.fnspring.FnCredentials;
import io.github.fnspring.Vendor;

/**
 * The immutable {@link FnContext} of one invocation, built by a vendor transport from the
 * request it received.
 */
public final class InvocationContext implements FnContext {

	private static final String LOGGER_PREFIX = "fn.function.";

	private final String requestId;

	private final Instant deadline;

	private final InstantSource clock;

	private final @Nullable FnCredentials credentials;

	private final String functionName;

	private final String functionVersion;

	private final int memoryLimitMb;

	private final Duration timeout;

	private final @Nullable String region;

	private final @Nullable String accountId;

	private final Vendor vendor;

	private final String platform;

	private final Function<String, @Nullable String> userData;

	private final @Nullable String triggerSource;

	private final @Nullable String invocationType;

	private final int retryCount;

	private final NativeContextProvider nativeContexts;

	private final @Nullable String traceParent;

	private @Nullable Logger logger;

	private InvocationContext(Builder builder) {
		this.requestId = Objects.requireNonNull(builder.requestId, "requestId");
		this.vendor = Objects.requireNonNull(builder.vendor, "vendor");
		this.platform = (builder.platform != null) ? builder.platform : FnContext.super.platform();
		this.timeout = Objects.requireNonNull(builder.timeout, "timeout");
		this.clock = builder.clock;
		this.deadline = (builder.deadline != null) ? builder.deadline : this.clock.instant().plus(this.timeout);
		this.credentials = builder.credentials;
		this.functionName = Objects.requireNonNullElse(builder.functionName, "");
		this.functionVersion = Objects.requireNonNullElse(builder.functionVersion, "");
		this.memoryLimitMb = builder.memoryLimitMb;
		this.region = builder.region;
		this.accountId = builder.accountId;
		this.userData = builder.userData;
		this.triggerSource = blankToNull(builder.triggerSource);
		String invocationType = blankToNull(builder.invocationType);
		this.invocationType = (invocationType != null) ? invocationType.trim().toLowerCase(Locale.ROOT) : null;
		this.retryCount = builder.retryCount;
		this.nativeContexts = builder.nativeContexts;
		this.traceParent = TraceParents.valid(builder.traceParent);
		this.logger = builder.logger;
	}

	public static Builder builder(Vendor vendor) {
		return new Builder(vendor);
	}

	@Override
	public String requestId() {
		return this.requestId;
	}

	/** The instant after which the platform ends the invocation. */
	public Instant deadline() {
		return this.deadline;
	}

	@Override
	public Duration remainingTime() {
		Duration remaining = Duration.between(this.clock.instant(), this.deadline);
		return remaining.isNegative() ? Duration.ZERO : remaining;
	}

	@Override
	public Optional<FnCredentials> credentials() {
		return Optional.ofNullable(this.credentials);
	}

	@Override
	public Logger logger() {
		Logger current = this.logger;
		if (current == null) {
			// Benign race: two threads may build equivalent loggers.
			current = new RequestIdLogger(LoggerFactory.getLogger(LOGGER_PREFIX + this.functionName), this.requestId);
			this.logger = current;
		}
		return current;
	}

	@Override
	public String functionName() {
		return this.functionName;
	}

	@Override
	public String functionVersion() {
		return this.functionVersion;
	}

	@Override
	public int memoryLimitMb() {
		return this.memoryLimitMb;
	}

	@Override
	public Duration timeout() {
		return this.timeout;
	}

	@Override
	public Optional<String> region() {
		return Optional.ofNullable(this.region).filter((value) -> !value.isEmpty());
	}

	@Override
	public Optional<String> accountId() {
		return Optional.ofNullable(this.accountId).filter((value) -> !value.isEmpty());
	}

	@Override
	public Vendor vendor() {
		return this.vendor;
	}

	@Override
	public String platform() {
		return this.platform;
	}

	@Override
	public Optional<String> userData(String key) {
		return Optional.ofNullable(this.userData.apply(key));
	}

	@Override
	public Optional<String> triggerSource() {
		return Optional.ofNullable(this.triggerSource);
	}

	@Override
	public Optional<String> invocationType() {
		return Optional.ofNullable(this.invocationType);
	}

	@Override
	public OptionalInt retryCount() {
		return (this.retryCount >= 0) ? OptionalInt.of(this.retryCount) : OptionalInt.empty();
	}

	@Override
	public Optional<String> traceParent() {
		return Optional.ofNullable(this.traceParent);
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value != null && !value.isBlank()) ? value : null;
	}

	@Override
	public <T> Optional<T> unwrap(Class<T> type) {
		if (type.isInstance(this)) {
			return Optional.of(type.cast(this));
		}
		return this.nativeContexts.unwrap(type, this);
	}

	@Override
	public String toString() {
		return "InvocationContext[requestId=" + this.requestId + ", function=" + this.functionName + ", vendor="
				+ this.vendor + "]";
	}

	/** Builds an {@link InvocationContext}; only the request id is required. */
	public static final class Builder {

		private final Vendor vendor;

		private @Nullable String platform;

		private @Nullable String requestId;

		private @Nullable Instant deadline;

		private InstantSource clock = InstantSource.system();

		private @Nullable FnCredentials credentials;

		private @Nullable String functionName;

		private @Nullable String functionVersion;

		private int memoryLimitMb;

		private Duration timeout = Duration.ofMinutes(1);

		private @Nullable String region;

		private @Nullable String accountId;

		private Function<String, @Nullable String> userData = (key) -> null;

		private @Nullable String triggerSource;

		private @Nullable String invocationType;

		private int retryCount = -1;

		private NativeContextProvider nativeContexts = NativeContextProvider.NONE;

		private @Nullable Logger logger;

		private @Nullable String traceParent;

		private Builder(Vendor vendor) {
			this.vendor = vendor;
		}

		/** The id of the platform whose protocol serves the invocation; defaults to the vendor's name. */
		public Builder platform(@Nullable String platform) {
			this.platform = platform;
			return this;
		}

		public Builder requestId(String requestId) {
			this.requestId = requestId;
			return this;
		}

		/** The deadline; defaults to now plus the timeout. */
		public Builder deadline(@Nullable Instant deadline) {
			this.deadline = deadline;
			return this;
		}

		public Builder clock(InstantSource clock) {
			this.clock = clock;
			return this;
		}

		public Builder credentials(@Nullable FnCredentials credentials) {
			this.credentials = credentials;
			return this;
		}

		public Builder functionName(@Nullable String functionName) {
			this.functionName = functionName;
			return this;
		}

		public Builder functionVersion(@Nullable String functionVersion) {
			this.functionVersion = functionVersion;
			return this;
		}

		public Builder memoryLimitMb(int memoryLimitMb) {
			this.memoryLimitMb = memoryLimitMb;
			return this;
		}

		public Builder timeout(Duration timeout) {
			this.timeout = timeout;
			return this;
		}

		public Builder region(@Nullable String region) {
			this.region = region;
			return this;
		}

		public Builder accountId(@Nullable String accountId) {
			this.accountId = accountId;
			return this;
		}

		public Builder userData(Function<String, @Nullable String> userData) {
			this.userData = userData;
			return this;
		}

		/** The platform's name for the trigger, or {@code null} when it sent none. */
		public Builder triggerSource(@Nullable String triggerSource) {
			this.triggerSource = triggerSource;
			return this;
		}

		/** The platform's invocation type ({@code sync}, {@code async}), or {@code null}. */
		public Builder invocationType(@Nullable String invocationType) {
			this.invocationType = invocationType;
			return this;
		}

		/** The platform's retry count, or a negative number when it sent none. */
		public Builder retryCount(int retryCount) {
			this.retryCount = retryCount;
			return this;
		}

		public Builder nativeContexts(NativeContextProvider nativeContexts) {
			this.nativeContexts = nativeContexts;
			return this;
		}

		/** The logger for {@link FnContext#logger()}, where the platform has its own; by default one that puts the request id in the MDC. */
		public Builder logger(@Nullable Logger logger) {
			this.logger = logger;
			return this;
		}

		/** The platform's trace context as a W3C {@code traceparent}; a malformed one is dropped. */
		public Builder traceParent(@Nullable String traceParent) {
			this.traceParent = traceParent;
			return this;
		}

		public InvocationContext build() {
			return new InvocationContext(this);
		}

	}

}
