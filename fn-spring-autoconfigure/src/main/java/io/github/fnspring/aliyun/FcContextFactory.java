package io.github.fnspring.aliyun;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.function.Function;

import com.sun.net.httpserver.Headers;

import io.github.fnspring.FnCredentials;
import io.github.fnspring.core.HeaderValues;
import io.github.fnspring.core.InvocationContext;

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
public final class FcContextFactory {

	private final FcDefaults defaults;

	private final String timeoutHeader;

	private final Function<String, String> userData;

	private final InstantSource clock;

	/**
	 * @param timeoutHeader the header carrying the function timeout in seconds,
	 * {@code x-fc-function-timeout} on FC
	 * @param userData looks up the function's user-configured values
	 */
	public FcContextFactory(FcDefaults defaults, String timeoutHeader, Function<String, String> userData,
			InstantSource clock) {
		this.defaults = defaults;
		this.timeoutHeader = timeoutHeader;
		this.userData = userData;
		this.clock = clock;
	}

	/** The context of a request that arrived now. */
	public InvocationContext create(Headers headers) {
		Instant arrival = this.clock.instant();
		Duration timeout = HeaderValues.timeoutSeconds(headers.getFirst(this.timeoutHeader), this.defaults.timeout());
		Instant deadline = HeaderValues.epochMillis(headers.getFirst(FcHeaders.FUNCTION_DEADLINE), arrival,
				HeaderValues.MAX_TIMEOUT);
		int retryCount = HeaderValues.count(headers.getFirst(FcHeaders.RETRY_COUNT));
		return InvocationContext.builder(this.defaults.vendor())
			.requestId(HeaderValues.requestId(headers.getFirst(FcHeaders.REQUEST_ID)))
			.clock(this.clock)
			.timeout(timeout)
			.deadline((deadline != null) ? deadline : arrival.plus(timeout))
			.retryCount(retryCount)
			.credentials(credentials(headers))
			.functionName(HeaderValues.text(headers.getFirst(FcHeaders.FUNCTION_NAME), this.defaults.functionName()))
			.functionVersion(HeaderValues.text(headers.getFirst(FcHeaders.VERSION_ID),
					HeaderValues.text(headers.getFirst(FcHeaders.QUALIFIER), this.defaults.functionVersion())))
			.memoryLimitMb(HeaderValues.memoryMb(headers.getFirst(FcHeaders.FUNCTION_MEMORY), this.defaults.memoryMb()))
			.region(HeaderValues.text(headers.getFirst(FcHeaders.REGION), this.defaults.region()))
			.accountId(HeaderValues.text(headers.getFirst(FcHeaders.ACCOUNT_ID), this.defaults.accountId()))
			.userData(this.userData)
			.nativeContexts(new FcNativeContexts(details(headers, retryCount)))
			.build();
	}

	private FnCredentials credentials(Headers headers) {
		String accessKeyId = headers.getFirst(FcHeaders.ACCESS_KEY_ID);
		String accessKeySecret = headers.getFirst(FcHeaders.ACCESS_KEY_SECRET);
		if (accessKeyId != null && accessKeySecret != null) {
			return new FnCredentials(accessKeyId, accessKeySecret, headers.getFirst(FcHeaders.SECURITY_TOKEN));
		}
		return this.defaults.credentials();
	}

	private FcRequestDetails details(Headers headers, int retryCount) {
		return new FcRequestDetails(HeaderValues.text(headers.getFirst(FcHeaders.FUNCTION_HANDLER), this.defaults.handler()),
				headers.getFirst(FcHeaders.FUNCTION_INITIALIZER), headers.getFirst(FcHeaders.QUALIFIER),
				headers.getFirst(FcHeaders.VERSION_ID), headers.getFirst(FcHeaders.SERVICE_NAME),
				headers.getFirst(FcHeaders.LOG_PROJECT), headers.getFirst(FcHeaders.LOG_STORE),
				Math.max(retryCount, 0));
	}

}
