package io.github.fnspring.demoflux;

import java.util.Map;

/** A local run of the WebFlux variant. */
class FluxLocalRunTest extends FluxSharedServerContractTests {

	@Override
	protected Map<String, Object> platformEnvironment() {
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
