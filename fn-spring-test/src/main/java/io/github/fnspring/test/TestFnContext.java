package io.github.fnspring.test;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.github.fnspring.FnContext;
import io.github.fnspring.FnCredentials;
import io.github.fnspring.Vendor;
import io.github.fnspring.core.FnContextHolder;
import io.github.fnspring.core.InvocationContext;

/**
 * An {@link FnContext} for tests: built with what the test cares about, passed to a function
 * in plain JUnit, or bound to the calling thread so that the injected {@code FnContext} bean
 * and the MDC's request id resolve to it, as they do during an invocation.
 *
 * <pre class="code">
 * FnContext context = TestFnContext.builder().requestId("req-1").remainingTime(Duration.ofSeconds(3)).build();
 * try (TestFnContext.Binding binding = TestFnContext.bind(context)) {
 *     assertThat(orderFunction.apply(order)).isEqualTo(expected);
 * }
 * </pre>
 */
public final class TestFnContext {

	private TestFnContext() {
	}

	/** A builder with a random request id, 60 seconds to run, 512 MB, a local run's vendor and no credentials. */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Binds the context to the calling thread until the binding is closed: the framework's
	 * current context (the injected {@code FnContext} bean) and the MDC's request id resolve to
	 * it there, and the previous binding, if any, comes back on close.
	 */
	public static Binding bind(FnContext context) {
		FnContextHolder.Scope scope = FnContextHolder.bind(context);
		return scope::close;
	}

	/** A context bound to the calling thread; closing it undoes the binding. */
	@FunctionalInterface
	public interface Binding extends AutoCloseable {

		@Override
		void close();

	}

	/** Builds a {@link TestFnContext}; every setting is optional. */
	public static final class Builder {

		private String requestId = "test-" + UUID.randomUUID();

		private Duration remainingTime = Duration.ofSeconds(60);

		private @Nullable FnCredentials credentials;

		private String functionName = "";

		private int memoryLimitMb = 512;

		private Vendor vendor = Vendor.LOCAL;

		private final Map<String, String> userData = new LinkedHashMap<>();

		private Builder() {
		}

		public Builder requestId(String requestId) {
			this.requestId = requestId;
			return this;
		}

		/** The time the function has left, counted from {@link #build()}; also its timeout. */
		public Builder remainingTime(Duration remainingTime) {
			this.remainingTime = remainingTime;
			return this;
		}

		public Builder credentials(FnCredentials credentials) {
			this.credentials = credentials;
			return this;
		}

		public Builder functionName(String functionName) {
			this.functionName = functionName;
			return this;
		}

		public Builder memoryLimitMb(int memoryLimitMb) {
			this.memoryLimitMb = memoryLimitMb;
			return this;
		}

		/** The vendor the function sees; its platform id follows ({@code Vendor.LOCAL} reads as a local run). */
		public Builder vendor(Vendor vendor) {
			this.vendor = vendor;
			return this;
		}

		/** One value of the function's user data (its environment variables on the clouds). */
		public Builder userData(String key, String value) {
			this.userData.put(key, value);
			return this;
		}

		/** The context; its deadline is now plus the remaining time, and counts down from here. */
		public FnContext build() {
			Map<String, String> data = Map.copyOf(this.userData);
			InvocationContext.Builder context = InvocationContext.builder(this.vendor)
				.requestId(this.requestId)
				.timeout(this.remainingTime)
				.deadline(Instant.now().plus(this.remainingTime))
				.functionName(this.functionName)
				.memoryLimitMb(this.memoryLimitMb)
				.userData(data::get);
			if (this.vendor != Vendor.LOCAL) {
				context.platform(this.vendor.name().toLowerCase(Locale.ROOT));
			}
			if (this.credentials != null) {
				context.credentials(this.credentials);
			}
			return context.build();
		}

	}

}
