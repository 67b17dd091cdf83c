package ${package};

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.fnspring.Vendor;
import io.github.fnspring.test.FnTestClient;
import io.github.fnspring.test.FnTestResponse;
import io.github.fnspring.test.SampleEvents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application as each cloud calls it: the test kit's client sends each event through that
 * cloud's real transport (Function Compute's HTTP protocol, SCF's custom runtime, FunctionGraph's
 * built-in runtime) inside this test's application.
 */
@SpringBootTest
class ApplicationTests {

	@Autowired
	FnTestClient client;

	@Test
	void orderOnFunctionCompute() {
		FnTestResponse response = this.client.invoke(Vendor.ALIYUN, "order",
				"{\"orderId\":\"o-1\",\"sku\":\"tea\",\"quantity\":3,\"unitPrice\":2.5}");
		assertThat(response.isError()).isFalse();
		JsonNode receipt = JsonMapper.shared().readTree(response.output());
		assertThat(receipt.path("total").decimalValue()).isEqualByComparingTo("7.5");
		assertThat(receipt.path("status").asString()).isEqualTo("ACCEPTED");
	}

	@Test
	void whoamiOnScfSeesTheInvocationsContext() {
		FnTestResponse response = this.client.invoke(Vendor.TENCENT, "whoami", "{}");
		JsonNode invocation = JsonMapper.shared().readTree(response.output());
		assertThat(invocation.path("requestId").asString()).isEqualTo(response.requestId());
		assertThat(invocation.path("functionName").asString()).isEqualTo("whoami");
	}

	@Test
	void badInputOnFunctionGraphIsRejectedInItsErrorShape() {
		FnTestResponse response = this.client.invoke(Vendor.HUAWEI, "order", "{\"orderId\": [");
		assertThat(response.isError()).isTrue();
		assertThat(response.errorType()).isEqualTo("io.github.fnspring.core.InvalidInputException");
	}

	@Test
	void anHttpTriggerEventIsAnsweredInItsEnvelope() {
		String event = SampleEvents.event(Vendor.ALIYUN, "http").method("POST").body("hello").json();
		JsonNode answer = JsonMapper.shared().readTree(this.client.invoke(Vendor.ALIYUN, "uppercase", event).output());
		assertThat(answer.path("statusCode").asInt()).isEqualTo(200);
		assertThat(answer.path("body").asString()).isEqualTo("HELLO");
	}

}
