package io.github.fnspring.demoflux;

import java.util.Map;

/** The WebFlux variant on a Function Compute custom runtime or custom container. */
class FluxFunctionComputeTest extends FluxSharedServerContractTests {

	@Override
	protected Map<String, Object> platformEnvironment() {
		return Map.of("FC_FUNCTION_NAME", "demo-web", "FC_REGION", "cn-hangzhou");
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
