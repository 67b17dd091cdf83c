package io.github.fnspring.contract;

import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Drives FC's custom-runtime protocol over real HTTP, sending what FC sends. */
public class FcDriver implements TransportDriver {

	private final int port;

	private final String vendor;

	public FcDriver(int port, String vendor) {
		this.port = port;
		this.vendor = vendor;
	}

	@Override
	public Reply invoke(Invocation invocation) throws Exception {
		return PlatformHttp.post(this.port, "/invoke", Map.of("Content-Type", "application/octet-stream",
				"x-fc-request-id", invocation.requestId(), "x-fc-function-name", invocation.function(),
				"x-fc-access-key-id", invocation.accessKeyId(), "x-fc-access-key-secret",
				"secret-" + invocation.requestId(), "x-fc-security-token", "token-" + invocation.requestId(),
				"x-fc-function-timeout", "30", "x-fc-control-path", "/invoke"), invocation.body());
	}

	@Override
	public byte[] successPayload(Reply reply) {
		assertThat(reply.headers()).doesNotContainKey("x-fc-status");
		return TransportDriver.super.successPayload(reply);
	}

	@Override
	public void assertFailure(Reply reply, String errorType, String messagePart) {
		assertThat(reply.status()).isEqualTo(404);
		assertThat(reply.headers().get("x-fc-status")).containsExactly("404");
		JsonNode error = JsonMapper.shared().readTree(reply.body());
		assertThat(error.path("errorType").asString()).isEqualTo(errorType);
		assertThat(error.path("errorMessage").asString()).contains(messagePart);
		assertThat(error.path("stackTrace").isArray()).isTrue();
	}

	@Override
	public String expectedAccessKeyId(Invocation invocation) {
		return invocation.accessKeyId();
	}

	@Override
	public String expectedVendor() {
		return this.vendor;
	}

	@Override
	public String expectedPlatform() {
		return "aliyun";
	}

	@Override
	public Optional<byte[]> httpTriggerEvent(HttpCall call) {
		return Optional.of(HttpTriggerEvents.fc(call));
	}

	@Override
	public Optional<Reply> httpRequest(String function, String requestId, HttpCall call) throws Exception {
		return Optional.of(PlatformHttp.send(this.port, call, Map.of("x-fc-request-id", requestId,
				"x-fc-function-name", function, "x-fc-control-path", "/http-invoke")));
	}

	@Override
	public Optional<Reply> initialize(String requestId) throws Exception {
		return Optional.of(PlatformHttp.post(this.port, "/initialize",
				Map.of("x-fc-request-id", requestId, "x-fc-control-path", "/initialize"), new byte[0]));
	}

}
