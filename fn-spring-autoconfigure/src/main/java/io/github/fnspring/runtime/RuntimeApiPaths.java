package io.github.fnspring.runtime;

import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

/**
 * Where a vendor's Runtime API takes each call. SCF answers on fixed paths; FunctionGraph
 * puts the request id in the answer's path.
 *
 * @param next the long-poll for the next event
 * @param response the path for a result, with {@code {requestId}} where the id goes
 * @param error the path for a failure, with {@code {requestId}} where the id goes
 * @param initReady the path that reports the end of initialization, or {@code null}
 * @param initError the path that reports a failed initialization, or {@code null}
 * @param requestIdHeader the header of the next event's answer that carries its request id
 */
public record RuntimeApiPaths(String next, String response, String error, @Nullable String initReady,
		@Nullable String initError, String requestIdHeader) {

	private static final String REQUEST_ID = "{requestId}";

	private static final char[] HEX = "0123456789ABCDEF".toCharArray();

	/** The path of a result, the request id in it as one encoded path segment. */
	String responseFor(String requestId) {
		return this.response.replace(REQUEST_ID, pathSegment(requestId));
	}

	/** The path of a failure, the request id in it as one encoded path segment. */
	String errorFor(String requestId) {
		return this.error.replace(REQUEST_ID, pathSegment(requestId));
	}

	/** Whether answers name the invocation in their path. */
	boolean answersCarryRequestId() {
		return this.response.contains(REQUEST_ID);
	}

	/**
	 * A request id is data from the platform, not a path: everything but RFC 3986's
	 * unreserved characters is percent-encoded, so that a space, {@code %}, {@code ?},
	 * {@code #} or {@code /} can neither break the URI nor move the answer to another path;
	 * {@code .} and {@code ..} alone are encoded too, as they would be resolved away.
	 */
	static String pathSegment(String value) {
		if (".".equals(value) || "..".equals(value)) {
			return value.replace(".", "%2E");
		}
		StringBuilder segment = new StringBuilder(value.length());
		for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (b & 0xFF);
			if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
					|| c == '_' || c == '~') {
				segment.append(c);
			}
			else {
				segment.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
			}
		}
		return segment.toString();
	}

}
