package io.github.fnspring.test;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.github.fnspring.FnCredentials;
import io.github.fnspring.Vendor;

/**
 * One event invocation with more said about it than {@link FnTestClient#invoke} says: its
 * request id and the credentials the platform sends with it.
 *
 * <pre class="code">
 * FnTestResponse response = client.invocation(FnTestTransport.FC_HTTP)
 *     .function("order")
 *     .requestId("req-7")
 *     .credentials(new FnCredentials("AK", "SK", "token"))
 *     .event(SampleEvents.json(Vendor.ALIYUN, "http"))
 *     .send();
 * </pre>
 */
public final class FnTestInvocation {

	private final FnTestTransport transport;

	private final TransportCaller caller;

	private @Nullable String function;

	private String requestId = UUID.randomUUID().toString();

	private FnCredentials credentials = TestCredentials.CREDENTIALS;

	private byte[] event = new byte[0];

	FnTestInvocation(FnTestTransport transport, TransportCaller caller) {
		this.transport = transport;
		this.caller = caller;
	}

	/** The exported name of the function to run (required). */
	public FnTestInvocation function(String function) {
		this.function = function;
		return this;
	}

	/** The request id; a random UUID unless set. */
	public FnTestInvocation requestId(String requestId) {
		this.requestId = requestId;
		return this;
	}

	/**
	 * The credentials the platform sends with the invocation ({@link TestCredentials} unless
	 * set). SCF sends none: its functions have their instance's, which a local run makes
	 * plainly fake ({@code LOCAL-FAKE-SECRET-ID}).
	 * @throws IllegalStateException on SCF's transports
	 */
	public FnTestInvocation credentials(FnCredentials credentials) {
		if (this.transport.vendor() == Vendor.TENCENT) {
			throw new IllegalStateException("SCF sends no credentials with an invocation: its functions have their "
					+ "instance's, which a local run makes plainly fake");
		}
		this.credentials = credentials;
		return this;
	}

	/** The event, as UTF-8 text. */
	public FnTestInvocation event(String event) {
		return event(event.getBytes(StandardCharsets.UTF_8));
	}

	public FnTestInvocation event(byte[] event) {
		this.event = event.clone();
		return this;
	}

	/** Sends it and waits for the answer. */
	public FnTestResponse send() {
		if (this.function == null) {
			throw new IllegalStateException("Name the function to run first: function(name)");
		}
		return this.caller.event(new Invocation(this.function, this.requestId, this.credentials, this.event));
	}

	/** What a transport caller sends. */
	record Invocation(String function, String requestId, FnCredentials credentials, byte[] event) {
	}

}
