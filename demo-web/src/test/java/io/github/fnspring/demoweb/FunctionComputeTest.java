package io.github.fnspring.demoweb;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.system.CapturedOutput;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** On a Function Compute custom runtime or custom container. */
class FunctionComputeTest extends SharedServerContractTests {

	FunctionComputeTest() {
		super(PlatformUnderTest.FUNCTION_COMPUTE);
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
	void theForwardingHeaderNeverReachesTheControllers() throws Exception {
		HttpResponse<byte[]> response = send("GET", "/echo/forwarded",
				Map.of("x-fc-request-id", "req-hidden", FORWARDING_HEADER, "a-token", "X-Custom", "visible"), new byte[0]);
		assertThat(JsonMapper.shared().readTree(response.body()).path("headerNames").values())
			.extracting(JsonNode::asString)
			.contains("x-custom")
			.doesNotContain(FORWARDING_HEADER);
	}

	@Test
	void theInitializerCallIsFcs() throws Exception {
		assertThat(send("POST", "/initialize", Map.of("x-fc-request-id", "req-init", "x-fc-control-path", "/initialize"),
				new byte[0]).statusCode()).isEqualTo(200);
	}

}
