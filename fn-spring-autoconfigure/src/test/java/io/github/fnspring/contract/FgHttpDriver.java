package io.github.fnspring.contract;

import java.util.Map;
import java.util.Optional;

/** Drives FunctionGraph container event functions: {@code POST /invoke} with {@code X-CFF-*} headers. */
public class FgHttpDriver extends FunctionGraphDriver {

	private final int port;

	public FgHttpDriver(int port) {
		this.port = port;
	}

	@Override
	public Reply invoke(Invocation invocation) throws Exception {
		return PlatformHttp.post(this.port, "/invoke", Map.of("X-CFF-Request-Id", invocation.requestId(),
				"X-CFF-Func-Name", invocation.function(), "X-CFF-Memory", "256", "X-CFF-Timeout", "30",
				"X-CFF-Security-Access-Key", invocation.accessKeyId(), "X-CFF-Security-Secret-Key",
				"SK-" + invocation.requestId(), "X-CFF-Security-Token", "TOKEN-" + invocation.requestId()),
				invocation.body());
	}

	@Override
	public Optional<Reply> httpRequest(String function, String requestId, HttpCall call) throws Exception {
		return Optional.of(
				PlatformHttp.send(this.port, call, Map.of("X-CFF-Request-Id", requestId, "X-CFF-Func-Name", function)));
	}

	@Override
	public Optional<Reply> initialize(String requestId) throws Exception {
		return Optional.of(PlatformHttp.post(this.port, "/init", Map.of("X-CFF-Request-Id", requestId), new byte[0]));
	}

}
