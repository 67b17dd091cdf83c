package io.github.fnspring.runtime;

/**
 * What to send back for one event.
 *
 * @param requestId the invocation's request id
 * @param success whether the body is a result (else an error description)
 * @param body the result or the vendor's error body
 */
public record RuntimeOutcome(String requestId, boolean success, byte[] body) {
}
