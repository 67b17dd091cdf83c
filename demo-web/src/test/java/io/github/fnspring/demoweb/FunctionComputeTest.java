package io.github.fnspring.demoweb;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.system.CapturedOutput;

import static org.assertj.core.api.Assertions.assertThat;

/** On a Function Compute custom runtime or custom container. */
class FunctionComputeTest extends SharedServerContractTests {

	@Override
	protected Map<String, Object> environment() {
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

	@Test
	void fcsLogFramingWrapsEachRequest(CapturedOutput output) throws Exception {
		send("GET", "/hello?name=framed", Map.of("x-fc-request-id", "req-framed"), new byte[0]);
		String log = output.getAll();
		int start = log.indexOf("FC Invoke Start RequestId: req-framed");
		int greeting = log.indexOf("greeting framed");
		int end = log.indexOf("FC Invoke End RequestId: req-framed");
		assertThat(start).isNotNegative();
		assertThat(greeting).isGreaterThan(start);
		assertThat(end).isGreaterThan(greeting);
	}

	@Test
	void theInitializerCallIsFcs() throws Exception {
		assertThat(send("POST", "/initialize", Map.of("x-fc-request-id", "req-init", "x-fc-control-path", "/initialize"),
				new byte[0]).statusCode()).isEqualTo(200);
	}

}
