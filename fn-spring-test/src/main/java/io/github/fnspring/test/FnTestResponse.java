package io.github.fnspring.test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.github.fnspring.core.InvocationTimeoutException;

/**
 * What a platform received for one invocation sent by {@link FnTestClient}: the body exactly
 * as the platform would get it (its error shape included), and what the test wants to know of
 * it without parsing each cloud's envelope.
 */
public final class FnTestResponse {

	private final FnTestTransport transport;

	private final String requestId;

	private final int status;

	private final Map<String, List<String>> headers;

	private final byte[] body;

	private final boolean error;

	private final @Nullable String errorType;

	private final byte[] output;

	FnTestResponse(FnTestTransport transport, String requestId, int status, Map<String, List<String>> headers,
			byte[] body, boolean error, @Nullable String errorType, byte[] output) {
		this.transport = transport;
		this.requestId = requestId;
		this.status = status;
		this.headers = Map.copyOf(headers);
		this.body = body;
		this.error = error;
		this.errorType = errorType;
		this.output = output;
	}

	/** The transport it went through. */
	public FnTestTransport transport() {
		return this.transport;
	}

	/** Whether the platform counts the invocation as failed (for an HTTP request: a 4xx or 5xx status). */
	public boolean isError() {
		return this.error;
	}

	/** The body the platform received, as UTF-8 text. */
	public String body() {
		return new String(this.body, StandardCharsets.UTF_8);
	}

	/** The body the platform received. */
	public byte[] bodyBytes() {
		return this.body.clone();
	}

	/**
	 * The function's output, taken out of what the platform wraps it in: the same as
	 * {@link #body()} except on FunctionGraph's built-in runtime, which writes a text result
	 * as a JSON string ({@code "HELLO"} for {@code HELLO}) and no result as {@code null}.
	 */
	public String output() {
		return new String(this.output, StandardCharsets.UTF_8);
	}

	/**
	 * The failing exception's fully qualified class name, however the platform's body carries
	 * it (FC's and FunctionGraph's {@code errorType}, the first line of SCF's
	 * {@code stackTrace}, or for SCF's input errors its {@code statusCode}); none for a
	 * success or an HTTP request's error answer, which names no type.
	 */
	public @Nullable String errorType() {
		return this.errorType;
	}

	/**
	 * Whether the invocation outlived its timeout and was ended as that cloud ends one (in a
	 * local run, {@code fn.local.timeout}).
	 */
	public boolean isTimeout() {
		return InvocationTimeoutException.class.getName().equals(this.errorType);
	}

	/** The request id the invocation was sent with. */
	public String requestId() {
		return this.requestId;
	}

	/**
	 * The HTTP status of the answer on transports that answer over HTTP; on a Runtime API and
	 * FunctionGraph's built-in runtime, 200 for a result and 500 for an error.
	 */
	public int status() {
		return this.status;
	}

	/** The answer's HTTP headers, by lower-case name; none where the answer is no HTTP response. */
	public Map<String, List<String>> headers() {
		return this.headers;
	}

	/** The first value of a header, by its name in any case. */
	public @Nullable String header(String name) {
		List<String> values = this.headers.get(name.toLowerCase(Locale.ROOT));
		return (values != null && !values.isEmpty()) ? values.get(0) : null;
	}

	@Override
	public String toString() {
		return "FnTestResponse[" + this.transport + ", " + this.requestId + ", status " + this.status
				+ (this.error ? ", error " + this.errorType : "") + ": " + body() + "]";
	}

}
