package io.github.fnspring.demoweb;

import java.util.Map;

/** A local run: FC's protocol and the controllers on one server, on loopback. */
class LocalRunTest extends SharedServerContractTests {

	@Override
	protected Map<String, Object> environment() {
		return Map.of();
	}

	@Override
	protected String platform() {
		return "aliyun";
	}

	@Override
	protected String requestIdHeader() {
		return "x-fc-request-id";
	}

	@Override
	protected String credentialHeader() {
		return "x-fc-access-key-secret";
	}

	@Override
	protected String eventPath() {
		return "/invoke";
	}

}
