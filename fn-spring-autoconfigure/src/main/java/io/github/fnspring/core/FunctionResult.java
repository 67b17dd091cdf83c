package io.github.fnspring.core;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What a function produced, ready for a transport to write.
 *
 * @param status the HTTP status the function asked for, or 0 for the transport's default
 * @param headers response headers the function set
 * @param body the serialized output, empty for consumers
 * @param contentType the body's content type, or {@code null} when the body is empty
 */
public record FunctionResult(int status, Map<String, List<String>> headers, byte[] body, @Nullable String contentType) {

	private static final FunctionResult EMPTY = new FunctionResult(0, Map.of(), new byte[0], null);

	public FunctionResult {
		headers = Map.copyOf(headers);
	}

	static FunctionResult empty() {
		return EMPTY;
	}

	public String bodyAsString() {
		return new String(this.body, StandardCharsets.UTF_8);
	}

	/** The status to answer with, given the transport's default. */
	public int statusOr(int defaultStatus) {
		return (this.status > 0) ? this.status : defaultStatus;
	}

}
