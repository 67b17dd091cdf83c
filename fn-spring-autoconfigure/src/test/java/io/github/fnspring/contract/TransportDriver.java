package io.github.fnspring.contract;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the contract suite talks to one vendor transport: it sends an invocation the way the
 * platform would and reads the platform-visible outcome.
 */
public interface TransportDriver {

	/** Invokes a function and waits for its outcome. */
	Reply invoke(Invocation invocation) throws Exception;

	/** The function output carried by a successful reply; fails the test if the reply is not a success. */
	default byte[] successPayload(Reply reply) {
		assertThat(reply.status()).as("outcome: %s", reply.bodyAsString()).isEqualTo(200);
		return reply.body();
	}

	/**
	 * Asserts the reply is this platform's failure shape for the given exception type and
	 * a message containing {@code messagePart}.
	 */
	void assertFailure(Reply reply, String errorType, String messagePart);

	/** The access key id a function should see for this invocation. */
	String expectedAccessKeyId(Invocation invocation);

	/** The vendor name functions should see. */
	String expectedVendor();

	/** The platform id functions should see in {@code FnContext.platform()}. */
	String expectedPlatform();

	/**
	 * The platform's HTTP-trigger event carrying this request (FC's HTTP trigger, SCF's
	 * function URL, FunctionGraph's APIG event), for platforms that have one.
	 */
	default Optional<byte[]> httpTriggerEvent(HttpCall call) {
		return Optional.empty();
	}

	/**
	 * Sends the request as the platform sends an HTTP request to an HTTP function, for
	 * transports that serve them; the reply is what the caller gets.
	 */
	default Optional<Reply> httpRequest(String function, String requestId, HttpCall call) throws Exception {
		return Optional.empty();
	}

	/** Calls the platform's initializer, for platforms that make that call. */
	default Optional<Reply> initialize(String requestId) throws Exception {
		return Optional.empty();
	}

	/** How many invocations the transport runs at once; custom runtimes take one event at a time. */
	default int concurrency() {
		return ContractFunctions.CONCURRENCY;
	}

	/**
	 * One invocation.
	 * @param function the exported function to call
	 * @param requestId the platform request id
	 * @param accessKeyId the credentials the platform sends with this request
	 * @param body the event body
	 */
	record Invocation(String function, String requestId, String accessKeyId, byte[] body) {

		public static Invocation of(String function, String requestId, String body) {
			return new Invocation(function, requestId, "AK-" + requestId, body.getBytes(StandardCharsets.UTF_8));
		}

	}

	/** An HTTP request of the contract, sent as the platform's HTTP trigger would. */
	record HttpCall(String method, String path, Map<String, String> headers, String body) {

		public byte[] bodyBytes() {
			return this.body.getBytes(StandardCharsets.UTF_8);
		}

	}

	/** The outcome as the platform sees it. */
	record Reply(int status, Map<String, List<String>> headers, byte[] body) {

		public String bodyAsString() {
			return new String(this.body, StandardCharsets.UTF_8);
		}

	}

}
