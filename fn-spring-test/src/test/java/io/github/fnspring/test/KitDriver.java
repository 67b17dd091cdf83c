package io.github.fnspring.test;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

import io.github.fnspring.FnCredentials;
import io.github.fnspring.Vendor;
import io.github.fnspring.contract.ContractFunctions;
import io.github.fnspring.contract.HttpTriggerEvents;
import io.github.fnspring.contract.TransportDriver;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract suite's driver over the kit's public API: one transport of one cloud, through {@link FnTestClient}. */
class KitDriver implements TransportDriver {

	/** The instance credentials SCF's functions see in a local run: plainly fake ones. */
	static final String SCF_SECRET_ID = "LOCAL-FAKE-SECRET-ID";

	private final FnTestClient client;

	private final FnTestTransport transport;

	/** The kit's answer behind each reply, for what the contract's reply does not carry. */
	private final Map<Reply, FnTestResponse> responses = Collections.synchronizedMap(new IdentityHashMap<>());

	KitDriver(FnTestClient client, FnTestTransport transport) {
		this.client = client;
		this.transport = transport;
	}

	@Override
	public Reply invoke(Invocation invocation) {
		FnTestInvocation sent = this.client.invocation(this.transport)
			.function(invocation.function())
			.requestId(invocation.requestId())
			.event(invocation.body());
		if (this.transport.vendor() != Vendor.TENCENT) {
			sent.credentials(new FnCredentials(invocation.accessKeyId(), "SK-" + invocation.requestId(), null));
		}
		FnTestResponse response = sent.send();
		// A success carries the function's output, out of the built-in runtime's JSON
		Reply reply = new Reply(response.status(), response.headers(),
				(response.isError() ? response.body() : response.output()).getBytes(StandardCharsets.UTF_8));
		this.responses.put(reply, response);
		return reply;
	}

	@Override
	public void assertFailure(Reply reply, String errorType, String messagePart) {
		FnTestResponse response = this.responses.get(reply);
		assertThat(response.isError()).as("%s", response).isTrue();
		assertThat(response.errorType()).isEqualTo(errorType);
		assertThat(response.body()).contains(messagePart);
	}

	@Override
	public String expectedAccessKeyId(Invocation invocation) {
		return (this.transport.vendor() == Vendor.TENCENT) ? SCF_SECRET_ID : invocation.accessKeyId();
	}

	@Override
	public String expectedVendor() {
		return (this.transport == FnTestTransport.FG_BUILT_IN_RUNTIME) ? "HUAWEI" : "LOCAL";
	}

	@Override
	public String expectedPlatform() {
		return this.transport.platform();
	}

	@Override
	public Optional<byte[]> httpTriggerEvent(HttpCall call) {
		return Optional.of(switch (this.transport.vendor()) {
			case ALIYUN -> HttpTriggerEvents.fc(call);
			case TENCENT -> HttpTriggerEvents.scfFunctionUrl(call);
			default -> HttpTriggerEvents.fgApig(call);
		});
	}

	@Override
	public Optional<Reply> httpRequest(String function, String requestId, HttpCall call) {
		if (!this.transport.servesHttpRequests()) {
			return Optional.empty();
		}
		FnTestRequest request = FnTestRequest.of(call.method(), call.path()).requestId(requestId).body(call.body());
		call.headers().forEach(request::header);
		FnTestResponse response = this.client.request(this.transport, function, request);
		return Optional.of(new Reply(response.status(), response.headers(), response.bodyBytes()));
	}

	@Override
	public Optional<Reply> initialize(String requestId) {
		boolean called = this.transport == FnTestTransport.FC_HTTP || this.transport == FnTestTransport.FG_HTTP_FUNCTION
				|| this.transport == FnTestTransport.FG_BUILT_IN_RUNTIME;
		if (!called) {
			return Optional.empty();
		}
		FnTestResponse response = this.client.initialize(this.transport);
		return Optional.of(new Reply(response.status(), response.headers(), response.bodyBytes()));
	}

	@Override
	public int concurrency() {
		boolean oneAtATime = this.transport == FnTestTransport.SCF_CUSTOM_RUNTIME
				|| this.transport == FnTestTransport.FG_CUSTOM_RUNTIME;
		return oneAtATime ? 1 : ContractFunctions.CONCURRENCY;
	}

}
