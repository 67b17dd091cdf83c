package io.github.fnspring.demoweb;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.system.CapturedOutput;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.fnspring.Vendor;
import io.github.fnspring.test.SampleEvents;

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
	void anEventsRequestVouchesForNoClient() throws Exception {
		String event = SampleEvents.event(Vendor.ALIYUN, "http")
			.method("GET")
			.path("/echo/client")
			.header("X-Forwarded-For", "127.0.0.1")
			.header("X-Custom", "visible")
			.json();
		HttpResponse<byte[]> response = send("POST", "/invoke", Map.of("x-fc-request-id", "req-client"),
				event.getBytes(StandardCharsets.UTF_8));
		JsonNode envelope = JsonMapper.shared().readTree(response.body());
		JsonNode seen = JsonMapper.shared().readTree(envelope.path("body").asString());
		assertThat(seen.path("remoteAddress").asString()).as("not loopback, which an application may trust")
			.isEqualTo("0.0.0.0");
		assertThat(seen.path("headerNames").values()).extracting(JsonNode::asString)
			.contains("x-custom")
			.doesNotContain("x-forwarded-for");
	}

	@Test
	void theInitializerCallIsFcs() throws Exception {
		assertThat(send("POST", "/initialize", Map.of("x-fc-request-id", "req-init", "x-fc-control-path", "/initialize"),
				new byte[0]).statusCode()).isEqualTo(200);
	}

}
