package io.github.fnspring.test;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import io.github.fnspring.FnCredentials;

/**
 * A platform that calls the application over HTTP: events on its event path with its
 * invocation headers, plain requests on every other path with its request headers.
 */
final class HttpTransportCaller implements TransportCaller {

	private final FnTestTransport transport;

	private final PlatformHttpClient client;

	private final int port;

	private final String eventPath;

	private final @Nullable Initializer initializer;

	private final InvocationHeaders eventHeaders;

	private final InvocationHeaders requestHeaders;

	private final Function<byte[], @Nullable String> errorType;

	private HttpTransportCaller(FnTestTransport transport, PlatformHttpClient client, int port, String eventPath,
			@Nullable Initializer initializer, InvocationHeaders eventHeaders, InvocationHeaders requestHeaders,
			Function<byte[], @Nullable String> errorType) {
		this.transport = transport;
		this.client = client;
		this.port = port;
		this.eventPath = eventPath;
		this.initializer = initializer;
		this.eventHeaders = eventHeaders;
		this.requestHeaders = requestHeaders;
		this.errorType = errorType;
	}

	/** FC's custom runtime: {@code x-fc-*} headers with the invocation's credentials. */
	static HttpTransportCaller fc(PlatformHttpClient client, int port, long timeoutSeconds) {
		Initializer initializer = new Initializer("/initialize",
				(requestId) -> Map.of("x-fc-request-id", requestId, "x-fc-control-path", "/initialize"));
		return new HttpTransportCaller(FnTestTransport.FC_HTTP, client, port, "/invoke", initializer,
				(function, requestId, credentials) -> fcHeaders(function, requestId, credentials, "/invoke",
						timeoutSeconds),
				(function, requestId, credentials) -> fcHeaders(function, requestId, credentials, "/http-invoke",
						timeoutSeconds),
				ErrorTypes::typed);
	}

	/** SCF's web and image functions: {@code X-Scf-*} headers; credentials come from the environment. */
	static HttpTransportCaller scfWeb(PlatformHttpClient client, int port, String eventPath, int memoryMb,
			long timeoutMillis) {
		InvocationHeaders headers = (function, requestId, credentials) -> Map.of("X-Scf-Request-Id", requestId, "X-Scf-Name",
				function, "X-Scf-Memory", String.valueOf(memoryMb), "X-Scf-Timeout", String.valueOf(timeoutMillis));
		return new HttpTransportCaller(FnTestTransport.SCF_WEB_FUNCTION, client, port, eventPath, null, headers,
				headers, ErrorTypes::scf);
	}

	/** FunctionGraph's HTTP functions: {@code X-CFF-*} headers with the invocation's credentials. */
	static HttpTransportCaller fgHttp(PlatformHttpClient client, int port, int memoryMb, long timeoutSeconds) {
		InvocationHeaders headers = (function, requestId, credentials) -> {
			Map<String, String> sent = new HashMap<>(Map.of("X-CFF-Request-Id", requestId, "X-CFF-Func-Name",
					function, "X-CFF-Memory", String.valueOf(memoryMb), "X-CFF-Timeout", String.valueOf(timeoutSeconds),
					"X-CFF-Security-Access-Key", credentials.accessKeyId(), "X-CFF-Security-Secret-Key",
					credentials.accessKeySecret()));
			credentials.securityTokenIfPresent().ifPresent((token) -> sent.put("X-CFF-Security-Token", token));
			return sent;
		};
		Initializer initializer = new Initializer("/init", (requestId) -> Map.of("X-CFF-Request-Id", requestId));
		return new HttpTransportCaller(FnTestTransport.FG_HTTP_FUNCTION, client, port, "/invoke", initializer,
				headers, headers,
				ErrorTypes::typed);
	}

	private static Map<String, String> fcHeaders(String function, String requestId, FnCredentials credentials,
			String controlPath, long timeoutSeconds) {
		Map<String, String> headers = new HashMap<>(Map.of("x-fc-request-id", requestId, "x-fc-function-name",
				function, "x-fc-control-path", controlPath, "x-fc-function-timeout", String.valueOf(timeoutSeconds),
				"x-fc-access-key-id", credentials.accessKeyId(), "x-fc-access-key-secret",
				credentials.accessKeySecret()));
		credentials.securityTokenIfPresent().ifPresent((token) -> headers.put("x-fc-security-token", token));
		return headers;
	}

	@Override
	public FnTestResponse event(FnTestInvocation.Invocation invocation) {
		String requestId = invocation.requestId();
		Map<String, String> headers = new HashMap<>(
				this.eventHeaders.of(invocation.function(), requestId, invocation.credentials()));
		headers.put("Content-Type", "application/octet-stream");
		PlatformHttpClient.Answer answer = this.client.send(this.port, "POST", this.eventPath, headers,
				invocation.event());
		// FC marks a failed invocation with x-fc-status; every HTTP platform with an error status
		boolean failed = answer.status() >= 400 || answer.hasHeader("x-fc-status");
		return new FnTestResponse(this.transport, requestId, answer.status(), answer.headers(), answer.body(), failed,
				failed ? this.errorType.apply(answer.body()) : null, answer.body());
	}

	@Override
	public FnTestResponse initialize(String requestId) {
		if (this.initializer == null) {
			throw new UnsupportedOperationException(this.transport + " calls no initializer: the application "
					+ "initializes when it starts");
		}
		PlatformHttpClient.Answer answer = this.client.send(this.port, "POST", this.initializer.path(),
				this.initializer.headers().apply(requestId), new byte[0]);
		boolean failed = answer.status() >= 400;
		return new FnTestResponse(this.transport, requestId, answer.status(), answer.headers(), answer.body(), failed,
				failed ? this.errorType.apply(answer.body()) : null, answer.body());
	}

	@Override
	public FnTestResponse request(String function, FnTestRequest request) {
		String requestId = request.requestId();
		// the platform's own headers replace a test's of the same name, in whatever case
		Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		headers.putAll(request.headers());
		headers.putAll(this.requestHeaders.of(function, requestId, TestCredentials.CREDENTIALS));
		PlatformHttpClient.Answer answer = this.client.send(this.port, request.method(), request.path(), headers,
				request.bodyBytes());
		return new FnTestResponse(this.transport, requestId, answer.status(), answer.headers(), answer.body(),
				answer.status() >= 400, null, answer.body());
	}

	/** The platform's initializer call: its path, and its headers given the request id. */
	record Initializer(String path, Function<String, Map<String, String>> headers) {
	}

	/** The headers a platform sends with one invocation. */
	@FunctionalInterface
	interface InvocationHeaders {

		Map<String, String> of(String function, String requestId, FnCredentials credentials);

	}

}
