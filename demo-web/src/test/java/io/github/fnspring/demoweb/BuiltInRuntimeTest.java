package io.github.fnspring.demoweb;

import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;


import io.github.fnspring.Vendor;
import io.github.fnspring.huawei.FunctionGraphHandler;
import io.github.fnspring.test.SampleEvents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * FunctionGraph's built-in Java runtime calls the handler class, which starts the web
 * application itself: an APIG request reaches the controllers in process, without a server.
 */
class BuiltInRuntimeTest {

	@Test
	void anApigRequestReachesTheControllerThroughTheHandlerClass() {
		String event = SampleEvents.event(Vendor.HUAWEI, "http")
			.method("GET")
			.path("/hello")
			.set("/queryStringParameters", Map.of("name", "cy"))
			.json();
		Object answer = new FunctionGraphHandler().handleRequest(event, new FunctionGraphRuntimeContext("fg-builtin"));
		JsonNode envelope = JsonMapper.shared().valueToTree(answer);
		assertThat(envelope.path("statusCode").asInt()).as("%s", envelope).isEqualTo(200);
		JsonNode body = JsonMapper.shared().readTree(envelope.path("body").asString());
		assertThat(body.path("greeting").asString()).isEqualTo("Hello, cy");
		assertThat(body.path("requestId").asString()).isEqualTo("fg-builtin");
		assertThat(body.path("platform").asString()).isEqualTo("huawei");
	}

}
