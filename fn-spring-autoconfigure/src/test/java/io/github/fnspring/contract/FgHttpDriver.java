package io.github.fnspring.contract;

import java.util.Map;

/** Drives FunctionGraph container event functions: {@code POST /invoke} with {@code X-CFF-*} headers. */
class FgHttpDriver extends FunctionGraphDriver {

	private final int port;

	FgHttpDriver(int port) {
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

}
