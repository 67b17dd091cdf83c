package io.github.fnspring.tencent;

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
 * Builds each invocation's context: from the Runtime API's {@code request_id},
 * {@code memory_limit_in_mb} and {@code time_limit_in_ms} headers for custom runtimes, or
 * from the {@code X-Scf-*} request headers for web and image functions; the rest from the
 * instance's {@link ScfDefaults}. Header names are matched case-insensitively, as SCF's
 * documentation spells them both ways.
 *
 * <p>Web and image functions get the execution role's temporary credentials with every
 * request ({@code X-Scf-Secret-Id}, {@code X-Scf-Secret-Key}, {@code X-Scf-Session-Token})
 * and the trigger in {@code X-Scf-Trigger-Src}. Those credentials win over the
 * {@code TENCENTCLOUD_*} variables, which are fixed when the instance starts and may have
 * expired in a long-lived one.
 */
final class ScfContextFactory implements RuntimeContextReader, HttpContextReader {

	private final RenewableDefaults<ScfDefaults> defaults;

	private final Function<String, @Nullable String> userData;

	private final InstantSource clock;

	ScfContextFactory(RenewableDefaults<ScfDefaults> defaults, Function<String, @Nullable String> userData, InstantSource clock) {
		this.defaults = defaults;
		this.userData = userData;
		this.clock = clock;
	}

	/** The context of an event from the Runtime API; its deadline counts from receipt. */
	@Override
	public InvocationContext fromRuntimeEvent(RuntimeEvent event) {
		// SCF's events carry no function name; the local Runtime API's may
		return build(event::header, "request_id", "memory_limit_in_mb", "time_limit_in_ms",
				LocalRuntimeApi.FUNCTION_HEADER, null, event.receivedAt())
			.credentials(this.defaults.current().credentials())
			.build();
	}

	/** The context of a request to a web or image function, arriving now. */
	@Override
	public InvocationContext fromHttpHeaders(UnaryOperator<@Nullable String> header) {
		return build(header, "X-Scf-Request-Id", "X-Scf-Memory", "X-Scf-Timeout", "X-Scf-Name", "X-Scf-Version",
				this.clock.instant())
			.credentials(requestCredentials(header))
			.triggerSource(header.apply("X-Scf-Trigger-Src"))
			.build();
	}

	private @Nullable FnCredentials requestCredentials(UnaryOperator<@Nullable String> header) {
		String secretId = header.apply("X-Scf-Secret-Id");
		String secretKey = header.apply("X-Scf-Secret-Key");
		if (secretId != null && !secretId.isBlank() && secretKey != null && !secretKey.isBlank()) {
			return new FnCredentials(secretId, secretKey, HeaderValues.text(header.apply("X-Scf-Session-Token"), null));
		}
		return this.defaults.current().credentials();
	}

	private InvocationContext.Builder build(UnaryOperator<@Nullable String> header, String requestIdHeader,
			String memoryHeader, String timeoutMillisHeader, @Nullable String nameHeader,
			@Nullable String versionHeader, Instant receivedAt) {
		Duration timeout = HeaderValues.timeoutMillis(header.apply(timeoutMillisHeader), this.defaults.current().timeout());
		return InvocationContext.builder(this.defaults.current().vendor())
			.platform(TencentPlatform.ID)
			.requestId(HeaderValues.requestId(header.apply(requestIdHeader)))
			.clock(this.clock)
			.timeout(timeout)
			.deadline(receivedAt.plus(timeout))
			.memoryLimitMb(HeaderValues.memoryMb(header.apply(memoryHeader), this.defaults.current().memoryMb()))
			.functionName(HeaderValues.text((nameHeader != null) ? header.apply(nameHeader) : null, this.defaults.current().functionName()))
			.functionVersion(
					HeaderValues.text((versionHeader != null) ? header.apply(versionHeader) : null, this.defaults.current().functionVersion()))
			.region(this.defaults.current().region())
			.accountId(this.defaults.current().appId())
			.userData(this.userData)
			.nativeContexts(new ScfNativeContexts());
	}

}
