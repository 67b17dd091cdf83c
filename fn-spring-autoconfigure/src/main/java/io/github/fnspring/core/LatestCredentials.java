package io.github.fnspring.core;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import io.github.fnspring.FnContext;
import io.github.fnspring.FnCredentials;
import io.github.fnspring.FnCredentialsProvider;

/**
 * The {@link FnCredentialsProvider} of the application: the invocation bound to the
 * calling thread, else the newest credentials an invocation brought, else the instance's.
 * It keeps one value, never a history.
 */
public final class LatestCredentials implements FnCredentialsProvider {

	private final AtomicReference<@Nullable FnCredentials> newest = new AtomicReference<>();

	private final Supplier<@Nullable FnCredentials> instanceCredentials;

	/**
	 * @param instanceCredentials the credentials of the instance's environment, or
	 * {@code null} when it has none; asked each time, since a restored instance reads its
	 * environment again
	 */
	public LatestCredentials(Supplier<@Nullable FnCredentials> instanceCredentials) {
		this.instanceCredentials = instanceCredentials;
	}

	/** Notes the credentials an invocation brought, if any. */
	void observe(FnContext context) {
		context.credentials().ifPresent(this.newest::set);
	}

	/** Forgets the credentials invocations brought: those of a process restored elsewhere. */
	void forget() {
		this.newest.set(null);
	}

	@Override
	public Optional<FnCredentials> credentials() {
		return FnContextHolder.current()
			.flatMap(FnContext::credentials)
			.or(() -> Optional.ofNullable(this.newest.get()))
			.or(() -> Optional.ofNullable(this.instanceCredentials.get()));
	}

	@Override
	public String toString() {
		return "LatestCredentials[" + credentials().map(FnCredentials::toString).orElse("none") + "]";
	}

}
