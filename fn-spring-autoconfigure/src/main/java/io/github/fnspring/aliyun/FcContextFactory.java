package io.github.fnspring.aliyun;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.UUID;
import java.util.function.Function;

import com.sun.net.httpserver.Headers;

import io.github.fnspring.FnCredentials;
import io.github.fnspring.core.InvocationContext;

/**
 * Builds each invocation's context from the request's {@code x-fc-*} headers, falling back
 * to the instance's {@link FcDefaults}. Nothing is kept between requests: with instance
 * concurrency, every request carries its own id and credentials.
 */
public final class FcContextFactory {

	private final FcDefaults defaults;

	private final String timeoutHeader;

	private final Function<String, String> userData;

	private final InstantSource clock;

	/**
	 * @param timeoutHeader the header carrying the function timeout in seconds; FC's own
	 * documentation does not list one, emulators send {@code x-fc-function-timeout}
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
		Duration timeout = seconds(headers.getFirst(this.timeoutHeader), this.defaults.timeout());
		String requestId = headers.getFirst(FcHeaders.REQUEST_ID);
		return InvocationContext.builder(this.defaults.vendor())
			.requestId((requestId != null && !requestId.isBlank()) ? requestId : UUID.randomUUID().toString())
			.clock(this.clock)
			.timeout(timeout)
			.deadline(arrival.plus(timeout))
			.credentials(credentials(headers))
			.functionName(orDefault(headers.getFirst(FcHeaders.FUNCTION_NAME), this.defaults.functionName()))
			.functionVersion(orDefault(headers.getFirst(FcHeaders.VERSION_ID),
					orDefault(headers.getFirst(FcHeaders.QUALIFIER), this.defaults.functionVersion())))
			.memoryLimitMb(integer(headers.getFirst(FcHeaders.FUNCTION_MEMORY), this.defaults.memoryMb()))
			.region(orDefault(headers.getFirst(FcHeaders.REGION), this.defaults.region()))
			.accountId(orDefault(headers.getFirst(FcHeaders.ACCOUNT_ID), this.defaults.accountId()))
			.userData(this.userData)
			.nativeContexts(new FcNativeContexts(details(headers)))
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

	private FcRequestDetails details(Headers headers) {
		return new FcRequestDetails(orDefault(headers.getFirst(FcHeaders.FUNCTION_HANDLER), this.defaults.handler()),
				headers.getFirst(FcHeaders.FUNCTION_INITIALIZER), headers.getFirst(FcHeaders.QUALIFIER),
				headers.getFirst(FcHeaders.VERSION_ID), headers.getFirst(FcHeaders.SERVICE_NAME),
				headers.getFirst(FcHeaders.LOG_PROJECT), headers.getFirst(FcHeaders.LOG_STORE),
				integer(headers.getFirst(FcHeaders.RETRY_COUNT), 0));
	}

	private static String orDefault(String value, String fallback) {
		return (value != null && !value.isBlank()) ? value : fallback;
	}

	private static int integer(String value, int fallback) {
		if (value == null) {
			return fallback;
		}
		try {
			return Integer.parseInt(value.trim());
		}
		catch (NumberFormatException ex) {
			return fallback;
		}
	}

	private static Duration seconds(String value, Duration fallback) {
		int seconds = integer(value, -1);
		return (seconds > 0) ? Duration.ofSeconds(seconds) : fallback;
	}

}
