package io.github.fnspring.demoflux;

import java.util.Map;

/** The WebFlux variant on a FunctionGraph HTTP function or container image. */
class FluxFunctionGraphHttpFunctionTest extends FluxSharedServerContractTests {

	@Override
	protected Map<String, Object> platformEnvironment() {
		return Map.of("RUNTIME_FUNC_NAME", "demo-web", "RUNTIME_PROJECT_ID", "p-1");
	}

	@Override
	protected String platform() {
		return "huawei";
	}

	@Override
	protected String requestIdHeader() {
		return "X-CFF-Request-Id";
	}

	@Override
	protected String credentialHeader() {
		return "X-CFF-Security-Secret-Key";
	}

	@Override
	protected String eventPath() {
		return "/invoke";
	}

}
