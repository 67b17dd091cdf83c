package io.github.fnspring.test;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * A platform that calls the application over HTTP: events on its event path with its
 * invocation headers, plain requests on every other path with its request headers.
 */
final class HttpTransportCaller implements TransportCaller {

	private final FnTestTransport transport;

	private final PlatformHttpClient client;

	private final int port;

	private final String eventPath;

	private final InvocationHeaders eventHeaders;

	private final InvocationHeaders requestHeaders;

	private final Function<byte[], @Nullable String> errorType;

	private HttpTransportCaller(FnTestTransport transport, PlatformHttpClient client, int port, String eventPath,
			InvocationHeaders eventHeaders, InvocationHeaders requestHeaders,
			Function<byte[], @Nullable String> errorType) {
		this.transport = transport;
		this.client = client;
		this.port = port;
		this.eventPath = eventPath;
		this.eventHeaders = eventHeaders;
		this.requestHeaders = requestHeaders;
		this.errorType = errorType;
	}

	/** FC's custom runtime: {@code x-fc-*} headers with the invocation's credentials. */
	static HttpTransportCaller fc(PlatformHttpClient client, int port, long timeoutSeconds) {
		return new HttpTransportCaller(FnTestTransport.FC_HTTP, client, port, "/invoke",
				(function, requestId) -> fcHeaders(function, requestId, "/invoke", timeoutSeconds),
				(function, requestId) -> fcHeaders(function, requestId, "/http-invoke", timeoutSeconds),
				ErrorTypes::typed);
	}

	/** SCF's web and image functions: {@code X-Scf-*} headers; credentials come from the environment. */
	static HttpTransportCaller scfWeb(PlatformHttpClient client, int port, String eventPath, int memoryMb,
			long timeoutMillis) {
		InvocationHeaders headers = (function, requestId) -> Map.of("X-Scf-Request-Id", requestId, "X-Scf-Name",
				function, "X-Scf-Memory", String.valueOf(memoryMb), "X-Scf-Timeout", String.valueOf(timeoutMillis));
		return new HttpTransportCaller(FnTestTransport.SCF_WEB_FUNCTION, client, port, eventPath, headers, headers,
				ErrorTypes::scf);
	}

	/** FunctionGraph's HTTP functions: {@code X-CFF-*} headers with the invocation's credentials. */
	static HttpTransportCaller fgHttp(PlatformHttpClient client, int port, int memoryMb, long timeoutSeconds) {
		InvocationHeaders headers = (function, requestId) -> Map.of("X-CFF-Request-Id", requestId,
				"X-CFF-Func-Name", function, "X-CFF-Memory", String.valueOf(memoryMb), "X-CFF-Timeout",
				String.valueOf(timeoutSeconds), "X-CFF-Security-Access-Key", TestCredentials.ACCESS_KEY_ID,
				"X-CFF-Security-Secret-Key", TestCredentials.ACCESS_KEY_SECRET, "X-CFF-Security-Token",
				TestCredentials.SECURITY_TOKEN);
		return new HttpTransportCaller(FnTestTransport.FG_HTTP_FUNCTION, client, port, "/invoke", headers, headers,
				ErrorTypes::typed);
	}

	private static Map<String, String> fcHeaders(String function, String requestId, String controlPath,
			long timeoutSeconds) {
		return Map.of("x-fc-request-id", requestId, "x-fc-function-name", function, "x-fc-control-path",
				controlPath, "x-fc-function-timeout", String.valueOf(timeoutSeconds), "x-fc-access-key-id",
				TestCredentials.ACCESS_KEY_ID, "x-fc-access-key-secret", TestCredentials.ACCESS_KEY_SECRET,
				"x-fc-security-token", TestCredentials.SECURITY_TOKEN);
	}

	@Override
	public FnTestResponse event(String function, String requestId, byte[] event) {
		Map<String, String> headers = new HashMap<>(this.eventHeaders.of(function, requestId));
		headers.put("Content-Type", "application/octet-stream");
		PlatformHttpClient.Answer answer = this.client.send(this.port, "POST", this.eventPath, headers, event);
		// FC marks a failed invocation with x-fc-status; every HTTP platform with an error status
		boolean failed = answer.status() >= 400 || answer.hasHeader("x-fc-status");
		return new FnTestResponse(this.transport, requestId, answer.status(), answer.headers(), answer.body(), failed,
				failed ? this.errorType.apply(answer.body()) : null, answer.body());
	}

	@Override
	public FnTestResponse request(String function, String requestId, FnTestRequest request) {
		Map<String, String> headers = new HashMap<>(request.headers());
		headers.putAll(this.requestHeaders.of(function, requestId));
		PlatformHttpClient.Answer answer = this.client.send(this.port, request.method(), request.path(), headers,
				request.bodyBytes());
		return new FnTestResponse(this.transport, requestId, answer.status(), answer.headers(), answer.body(),
				answer.status() >= 400, null, answer.body());
	}

	/** The headers a platform sends with one invocation. */
	@FunctionalInterface
	interface InvocationHeaders {

		Map<String, String> of(String function, String requestId);

	}

}
