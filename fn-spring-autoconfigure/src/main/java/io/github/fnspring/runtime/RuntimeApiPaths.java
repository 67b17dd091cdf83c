package io.github.fnspring.runtime;

/**
 * Where a vendor's Runtime API takes each call. SCF answers on fixed paths; FunctionGraph
 * puts the request id in the answer's path.
 *
 * @param next the long-poll for the next event
 * @param response the path for a result, with {@code {requestId}} where the id goes
 * @param error the path for a failure, with {@code {requestId}} where the id goes
 * @param initReady the path that reports the end of initialization, or {@code null}
 * @param initError the path that reports a failed initialization, or {@code null}
 */
public record RuntimeApiPaths(String next, String response, String error, String initReady, String initError) {

	private static final String REQUEST_ID = "{requestId}";

	public String responseFor(String requestId) {
		return this.response.replace(REQUEST_ID, requestId);
	}

	public String errorFor(String requestId) {
		return this.error.replace(REQUEST_ID, requestId);
	}

	/** Whether answers name the invocation in their path. */
	public boolean answersCarryRequestId() {
		return this.response.contains(REQUEST_ID);
	}

}
