package io.github.fnspring.acme;

import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.fnspring.contract.PlatformHttp;
import io.github.fnspring.contract.TransportDriver;

import static org.assertj.core.api.Assertions.assertThat;

/** Drives Acme's protocol: events as {@code POST /acme/invoke} with {@code X-Acme-*} headers. */
public class AcmeDriver implements TransportDriver {

	private static final JsonMapper json = JsonMapper.shared();

	private final int port;

	public AcmeDriver(int port) {
		this.port = port;
	}

	@Override
	public Reply invoke(Invocation invocation) throws Exception {
		return PlatformHttp.post(this.port, "/acme/invoke", Map.of("X-Acme-Request-Id", invocation.requestId(),
				"X-Acme-Function", invocation.function(), "X-Acme-Key-Id", invocation.accessKeyId(),
				"X-Acme-Key-Secret", "acme-secret"), invocation.body());
	}

	@Override
	public void assertFailure(Reply reply, String errorType, String messagePart) {
		JsonNode error = json.readTree(reply.body()).path("error");
		assertThat(error.path("type").asString()).isEqualTo(errorType);
		assertThat(error.path("message").asString()).contains(messagePart);
		assertThat(reply.status()).isEqualTo(errorType.endsWith("InvalidInputException") ? 400 : 500);
	}

	@Override
	public String expectedAccessKeyId(Invocation invocation) {
		return invocation.accessKeyId();
	}

	@Override
	public String expectedVendor() {
		return "LOCAL";
	}

	@Override
	public String expectedPlatform() {
		return AcmePlatform.ID;
	}

	@Override
	public Optional<Reply> httpRequest(String function, String requestId, HttpCall call) throws Exception {
		return Optional.of(
				PlatformHttp.send(this.port, call, Map.of("X-Acme-Request-Id", requestId, "X-Acme-Function", function)));
	}

	@Override
	public Optional<Reply> initialize(String requestId) throws Exception {
		return Optional.of(PlatformHttp.post(this.port, "/acme/init", Map.of("X-Acme-Request-Id", requestId),
				new byte[0]));
	}

}
