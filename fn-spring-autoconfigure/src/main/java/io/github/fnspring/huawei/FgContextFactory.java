package io.github.fnspring.huawei;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;

import io.github.fnspring.FnCredentials;
import io.github.fnspring.core.HeaderValues;
import io.github.fnspring.core.InvocationContext;
import io.github.fnspring.platform.RenewableDefaults;
import io.github.fnspring.runtime.LocalRuntimeApi;
import io.github.fnspring.runtime.RuntimeContextReader;
import io.github.fnspring.runtime.RuntimeEvent;
import io.github.fnspring.server.HttpContextReader;

/**
 * Builds each invocation's context for FunctionGraph's custom runtime (from the
 * {@code X-Cff-*} headers of the Runtime API's answer) and for HTTP functions and container
 * images (from the {@code X-CFF-*} request headers); the rest from {@link FgDefaults}.
 * Credentials come only when the platform sends them. Header names are matched
 * case-insensitively, as Huawei spells them both ways.
 */
final class FgContextFactory implements RuntimeContextReader, HttpContextReader {

	/** {@code sync} or {@code async}; absent means sync, in Huawei's own runtimes. */
	private static final String INVOKE_TYPE = "X-CFF-Invoke-Type";

	private final RenewableDefaults<FgDefaults> defaults;

	private final Function<String, @Nullable String> userData;

	private final InstantSource clock;

	/**
	 * @param environmentVariables looks up the process's environment variables, where user
	 * data not in {@code RUNTIME_USERDATA} may be found
	 */
	FgContextFactory(RenewableDefaults<FgDefaults> defaults, Function<String, @Nullable String> environmentVariables,
			InstantSource clock) {
		this.defaults = defaults;
		this.userData = (key) -> {
			String value = defaults.current().userData().get(key);
			return (value != null) ? value : environmentVariables.apply(key);
		};
		this.clock = clock;
	}

	/** The context of an event from the Runtime API; its deadline counts from receipt. */
	@Override
	public InvocationContext fromRuntimeEvent(RuntimeEvent event) {
		return builder(event::header, event.receivedAt(), this.defaults.current().timeout())
			.requestId(HeaderValues.requestId(event.header("X-Cff-Request-Id")))
			.credentials(credentials(event::header, "X-CFF-Access-Key", "X-CFF-Secret-Key", "X-CFF-Security-Token"))
			// FunctionGraph's events carry no function name; the local Runtime API's may
			.functionName(HeaderValues.text(event.header(LocalRuntimeApi.FUNCTION_HEADER), this.defaults.current().functionName()))
			.memoryLimitMb(this.defaults.current().memoryMb())
			.invocationType(event.header(INVOKE_TYPE))
			.build();
	}

	/**
	 * The context of a request to an HTTP function or container image, arriving now. The
	 * timeout header is read in seconds, like {@code RUNTIME_TIMEOUT}.
	 */
	@Override
	public InvocationContext fromHttpHeaders(UnaryOperator<@Nullable String> header) {
		return builder(header, this.clock.instant(), HeaderValues.timeoutSeconds(header.apply("X-CFF-Timeout"),
				this.defaults.current().timeout()))
			.requestId(HeaderValues.requestId(header.apply("X-CFF-Request-Id")))
			.credentials(credentials(header, "X-CFF-Security-Access-Key", "X-CFF-Security-Secret-Key",
					"X-CFF-Security-Token"))
			.functionName(HeaderValues.text(header.apply("X-CFF-Func-Name"), this.defaults.current().functionName()))
			.functionVersion(HeaderValues.text(header.apply("X-CFF-Func-Version"), this.defaults.current().functionVersion()))
			.memoryLimitMb(HeaderValues.memoryMb(header.apply("X-CFF-Memory"), this.defaults.current().memoryMb()))
			.region(header.apply("X-CFF-Region"))
			.accountId(HeaderValues.text(header.apply("X-CFF-Project-Id"), this.defaults.current().projectId()))
			.invocationType(header.apply(INVOKE_TYPE))
			.build();
	}

	private InvocationContext.Builder builder(UnaryOperator<@Nullable String> header, Instant receivedAt,
			Duration timeout) {
		return InvocationContext.builder(this.defaults.current().vendor())
			.platform(HuaweiPlatform.ID)
			.clock(this.clock)
			.timeout(timeout)
			.deadline(receivedAt.plus(timeout))
			.functionVersion(this.defaults.current().functionVersion())
			.accountId(this.defaults.current().projectId())
			.userData(this.userData);
	}

	private @Nullable FnCredentials credentials(UnaryOperator<@Nullable String> header, String keyHeader,
			String secretHeader, String tokenHeader) {
		String key = header.apply(keyHeader);
		String secret = header.apply(secretHeader);
		if (key != null && !key.isBlank() && secret != null && !secret.isBlank()) {
			return new FnCredentials(key, secret, header.apply(tokenHeader));
		}
		return this.defaults.current().credentials();
	}

}
