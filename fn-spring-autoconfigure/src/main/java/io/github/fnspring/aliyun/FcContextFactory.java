package io.github.fnspring.aliyun;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;

import io.github.fnspring.FnCredentials;
import io.github.fnspring.Vendor;
import io.github.fnspring.core.FunctionSelector;
import io.github.fnspring.core.HeaderValues;
import io.github.fnspring.core.InvocationContext;
import io.github.fnspring.core.TraceParents;
import io.github.fnspring.platform.RenewableDefaults;
import io.github.fnspring.server.HttpContextReader;

/**
 * Builds each invocation's context from the request's {@code x-fc-*} headers, falling back
 * to the instance's {@link FcDefaults}. Nothing is kept between requests: with instance
 * concurrency, every request carries its own id and credentials.
 *
 * <p>The deadline is FC's {@code x-fc-function-deadline} (epoch milliseconds) when sent,
 * else the arrival plus the timeout; the timeout is {@code x-fc-function-timeout}
 * (seconds) when sent, else the configured one. Alibaba's own custom-runtime SDK reads
 * both headers the same way.
 */
final class FcContextFactory implements HttpContextReader {

	private final RenewableDefaults<FcDefaults> defaults;

	private final String timeoutHeader;

	private final Function<String, @Nullable String> userData;

	private final InstantSource clock;

	/**
	 * @param timeoutHeader the header carrying the function timeout in seconds,
	 * {@code x-fc-function-timeout} on FC
	 * @param userData looks up the function's user-configured values
	 */
	FcContextFactory(RenewableDefaults<FcDefaults> defaults, String timeoutHeader, Function<String, @Nullable String> userData,
			InstantSource clock) {
		this.defaults = defaults;
		this.timeoutHeader = timeoutHeader;
		this.userData = userData;
		this.clock = clock;
	}

	/** The context of a request that arrived now. */
	@Override
	public InvocationContext fromHttpHeaders(UnaryOperator<@Nullable String> headers) {
		Instant arrival = this.clock.instant();
		Duration timeout = HeaderValues.timeoutSeconds(headers.apply(this.timeoutHeader), this.defaults.current().timeout());
		Instant deadline = HeaderValues.epochMillis(headers.apply(FcHeaders.FUNCTION_DEADLINE), arrival,
				HeaderValues.MAX_TIMEOUT);
		int retryCount = HeaderValues.count(headers.apply(FcHeaders.RETRY_COUNT));
		return InvocationContext.builder(this.defaults.current().vendor())
			.platform(AliyunPlatform.ID)
			.requestId(HeaderValues.requestId(headers.apply(FcHeaders.REQUEST_ID)))
			.clock(this.clock)
			.timeout(timeout)
			.deadline((deadline != null) ? deadline : arrival.plus(timeout))
			.retryCount(retryCount)
			.credentials(credentials(headers))
			.functionName(HeaderValues.text(headers.apply(FcHeaders.FUNCTION_NAME), localFunctionName(headers)))
			.functionVersion(HeaderValues.text(headers.apply(FcHeaders.VERSION_ID),
					HeaderValues.text(headers.apply(FcHeaders.QUALIFIER), this.defaults.current().functionVersion())))
			.memoryLimitMb(HeaderValues.memoryMb(headers.apply(FcHeaders.FUNCTION_MEMORY), this.defaults.current().memoryMb()))
			.region(HeaderValues.text(headers.apply(FcHeaders.REGION), this.defaults.current().region()))
			.accountId(HeaderValues.text(headers.apply(FcHeaders.ACCOUNT_ID), this.defaults.current().accountId()))
			.userData(this.userData)
			.nativeContexts(new FcNativeContexts(details(headers, retryCount)))
			.traceParent(traceParent(headers))
			.build();
	}

	/** FC's Tracing Analysis context when tracing is on, else a caller's W3C one. */
	private static @Nullable String traceParent(UnaryOperator<@Nullable String> headers) {
		String fromFc = TraceParents.fromJaeger(headers.apply(FcHeaders.TRACING_SPAN_CONTEXT));
		return (fromFc != null) ? fromFc : headers.apply(FcHeaders.TRACE_PARENT);
	}

	private @Nullable FnCredentials credentials(UnaryOperator<@Nullable String> headers) {
		String accessKeyId = headers.apply(FcHeaders.ACCESS_KEY_ID);
		String accessKeySecret = headers.apply(FcHeaders.ACCESS_KEY_SECRET);
		if (accessKeyId != null && accessKeySecret != null) {
			return new FnCredentials(accessKeyId, accessKeySecret, headers.apply(FcHeaders.SECURITY_TOKEN));
		}
		return this.defaults.current().credentials();
	}

	private FcRequestDetails details(UnaryOperator<@Nullable String> headers, int retryCount) {
		return new FcRequestDetails(HeaderValues.text(headers.apply(FcHeaders.FUNCTION_HANDLER), this.defaults.current().handler()),
				headers.apply(FcHeaders.FUNCTION_INITIALIZER), headers.apply(FcHeaders.QUALIFIER),
				headers.apply(FcHeaders.VERSION_ID), headers.apply(FcHeaders.SERVICE_NAME),
				headers.apply(FcHeaders.LOG_PROJECT), headers.apply(FcHeaders.LOG_STORE),
				Math.max(retryCount, 0));
	}

	/** In a local run, the function the request names the one way every local mode does. */
	private String localFunctionName(UnaryOperator<@Nullable String> headers) {
		if (this.defaults.current().vendor() != Vendor.LOCAL) {
			return this.defaults.current().functionName();
		}
		String named = headers.apply(FunctionSelector.LOCAL_FUNCTION_HEADER);
		return (named != null && !named.isBlank()) ? named : this.defaults.current().functionName();
	}

}
