package io.github.fnspring.event;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An HTTP response a function returns, answered the way the trigger expects: a plain HTTP
 * response for HTTP functions, or the trigger's integration-response JSON for event
 * functions behind an API gateway.
 *
 * @param statusCode the HTTP status
 * @param headers the response headers, each with all its values
 * @param body the response body
 */
public record HttpResponseEvent(int statusCode, Map<String, List<String>> headers, byte[] body) {

	public HttpResponseEvent {
		headers = Map.copyOf(headers);
		body = (body != null) ? body : new byte[0];
	}

	/** A response with a status and a UTF-8 text body. */
	public static HttpResponseEvent of(int statusCode, String body) {
		return new HttpResponseEvent(statusCode, Map.of(), body.getBytes(StandardCharsets.UTF_8));
	}

	/** This response with one more header value. */
	public HttpResponseEvent withHeader(String name, String value) {
		Map<String, List<String>> copy = new LinkedHashMap<>(this.headers);
		copy.merge(name, List.of(value), (current, added) -> {
			List<String> merged = new java.util.ArrayList<>(current);
			merged.addAll(added);
			return merged;
		});
		return new HttpResponseEvent(this.statusCode, copy, this.body);
	}

	@Override
	public String toString() {
		return "HttpResponseEvent[" + this.statusCode + ", " + this.body.length + " body bytes]";
	}

}
