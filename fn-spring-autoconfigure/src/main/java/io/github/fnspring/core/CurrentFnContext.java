package io.github.fnspring.core;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

import org.slf4j.Logger;

import io.github.fnspring.FnContext;
import io.github.fnspring.FnCredentials;
import io.github.fnspring.Vendor;

/**
 * The injectable {@link FnContext}: a stateless view that resolves every call to the
 * invocation running on the calling thread, so it can be injected into singletons.
 */
public final class CurrentFnContext implements FnContext {

	private static FnContext current() {
		return FnContextHolder.current()
			.orElseThrow(() -> new IllegalStateException("No serverless invocation is running on thread '"
					+ Thread.currentThread().getName() + "': FnContext can only be used while a function is being "
					+ "invoked, on the thread that invokes it"));
	}

	@Override
	public String requestId() {
		return current().requestId();
	}

	@Override
	public Duration remainingTime() {
		return current().remainingTime();
	}

	@Override
	public Optional<FnCredentials> credentials() {
		return current().credentials();
	}

	@Override
	public Logger logger() {
		return current().logger();
	}

	@Override
	public String functionName() {
		return current().functionName();
	}

	@Override
	public String functionVersion() {
		return current().functionVersion();
	}

	@Override
	public int memoryLimitMb() {
		return current().memoryLimitMb();
	}

	@Override
	public Duration timeout() {
		return current().timeout();
	}

	@Override
	public Optional<String> region() {
		return current().region();
	}

	@Override
	public Optional<String> accountId() {
		return current().accountId();
	}

	@Override
	public Vendor vendor() {
		return current().vendor();
	}

	@Override
	public String platform() {
		return current().platform();
	}

	@Override
	public Optional<String> userData(String key) {
		return current().userData(key);
	}

	@Override
	public Optional<String> triggerSource() {
		return current().triggerSource();
	}

	@Override
	public Optional<String> invocationType() {
		return current().invocationType();
	}

	@Override
	public OptionalInt retryCount() {
		return current().retryCount();
	}

	@Override
	public <T> Optional<T> unwrap(Class<T> type) {
		return current().unwrap(type);
	}

	@Override
	public String toString() {
		return FnContextHolder.current().map((context) -> "CurrentFnContext[" + context + "]")
			.orElse("CurrentFnContext[no invocation]");
	}

}
