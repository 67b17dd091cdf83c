package io.github.fnspring.demoweb;

import java.util.Map;

/** On an SCF web function or image function. */
class ScfWebFunctionTest extends SharedServerContractTests {

	@Override
	protected Map<String, Object> environment() {
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
