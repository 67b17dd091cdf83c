package io.github.fnspring.demoweb;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** On a FunctionGraph HTTP function or container image. */
class FunctionGraphHttpFunctionTest extends SharedServerContractTests {

	@Override
	protected Map<String, Object> environment() {
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

	@Test
	void thePlatformsHealthCheckIsAnsweredByFnSpring() throws Exception {
		var response = send("GET", "/healthz", Map.of(), new byte[0]);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(new String(response.body())).contains("UP");
	}

}
