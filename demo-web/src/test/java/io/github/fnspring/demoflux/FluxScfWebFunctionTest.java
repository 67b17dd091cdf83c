package io.github.fnspring.demoflux;

import java.util.Map;

/** The WebFlux variant on an SCF web function or image function. */
class FluxScfWebFunctionTest extends FluxSharedServerContractTests {

	@Override
	protected Map<String, Object> platformEnvironment() {
		return Map.of("SCF_FUNCTIONNAME", "demo-web", "TENCENTCLOUD_REGION", "ap-guangzhou");
	}

	@Override
	protected String platform() {
		return "tencent";
	}

	@Override
	protected String requestIdHeader() {
		return "X-Scf-Request-Id";
	}

	@Override
	protected String credentialHeader() {
		return "X-Scf-Secret-Key";
	}

	@Override
	protected String eventPath() {
		return "/event-invoke";
	}

}
