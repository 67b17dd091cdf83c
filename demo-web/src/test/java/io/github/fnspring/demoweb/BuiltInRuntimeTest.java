package io.github.fnspring.demoweb;

import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.huawei.services.runtime.Context;
import com.huawei.services.runtime.RuntimeLogger;

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
		Object answer = new FunctionGraphHandler().handleRequest(event, new RuntimeContext("fg-builtin"));
		JsonNode envelope = JsonMapper.shared().valueToTree(answer);
		assertThat(envelope.path("statusCode").asInt()).as("%s", envelope).isEqualTo(200);
		JsonNode body = JsonMapper.shared().readTree(envelope.path("body").asString());
		assertThat(body.path("greeting").asString()).isEqualTo("Hello, cy");
		assertThat(body.path("requestId").asString()).isEqualTo("fg-builtin");
		assertThat(body.path("platform").asString()).isEqualTo("huawei");
	}

	/** What the built-in runtime passes a handler: its request, and the function's user data. */
	private record RuntimeContext(String requestId) implements Context {

		@Override
		public String getRequestID() {
			return this.requestId;
		}

		@Override
		public int getRemainingTimeInMilliSeconds() {
			return 3000;
		}

		@Override
		public String getAccessKey() {
			return "AK";
		}

		@Override
		public String getSecretKey() {
			return "SK";
		}

		@Override
		public String getSecurityAccessKey() {
			return "AK";
		}

		@Override
		public String getSecuritySecretKey() {
			return "SK";
		}

		@Override
		public String getSecurityToken() {
			return "token";
		}

		@Override
		public String getUserData(String key) {
			return "FN_APPLICATION_CLASS".equals(key) ? DemoWebApplication.class.getName() : null;
		}

		@Override
		public String getFunctionName() {
			return "demo-web";
		}

		@Override
		public int getRunningTimeInSeconds() {
			return 3;
		}

		@Override
		public String getVersion() {
			return "latest";
		}

		@Override
		public int getMemorySize() {
			return 512;
		}

		@Override
		public int getCPUNumber() {
			return 1;
		}

		@Override
		public String getProjectID() {
			return "p-1";
		}

		@Override
		public String getPackage() {
			return "default";
		}

		@Override
		public String getToken() {
			return "token";
		}

		@Override
		public RuntimeLogger getLogger() {
			return null;
		}

		@Override
		public String getAlias() {
			return "";
		}

	}

}
