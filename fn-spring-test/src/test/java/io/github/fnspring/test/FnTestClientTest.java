package io.github.fnspring.test;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.fnspring.Vendor;
import io.github.fnspring.core.InvalidInputException;
import io.github.fnspring.core.UnknownFunctionException;
import io.github.fnspring.test.app.KitTestApplication;

import static org.assertj.core.api.Assertions.assertThat;

/** Each transport of each cloud, reached from one injected client in one test application. */
@SpringBootTest(classes = KitTestApplication.class)
class FnTestClientTest {

	@Autowired
	FnTestClient client;

	@ParameterizedTest
	@EnumSource(FnTestTransport.class)
	void aFunctionAnswersThroughEveryTransport(FnTestTransport transport) {
		FnTestResponse response = this.client.invoke(transport, "uppercase", "hello");
		assertThat(response.isError()).as("%s", response).isFalse();
		assertThat(response.output()).isEqualTo("HELLO");
		assertThat(response.errorType()).isNull();
		assertThat(response.status()).isEqualTo(200);
	}

	@ParameterizedTest
	@EnumSource(FnTestTransport.class)
	void theFunctionSeesTheInvocationItWasSent(FnTestTransport transport) {
		FnTestResponse response = this.client.invoke(transport, "seen", "{}");
		JsonNode seen = JsonMapper.shared().readTree(response.output());
		assertThat(seen.path("requestId").asString()).isEqualTo(response.requestId());
		assertThat(seen.path("platform").asString()).isEqualTo(transport.platform());
	}

	@ParameterizedTest
	@EnumSource(FnTestTransport.class)
	void aThrowingFunctionIsReportedInThePlatformsErrorShape(FnTestTransport transport) {
		FnTestResponse response = this.client.invoke(transport, "fail", "x");
		assertThat(response.isError()).as("%s", response).isTrue();
		assertThat(response.errorType()).isEqualTo(IllegalStateException.class.getName());
		assertThat(response.body()).doesNotContain("\"HELLO\"");
	}

	@ParameterizedTest
	@EnumSource(FnTestTransport.class)
	void badInputIsRejected(FnTestTransport transport) {
		FnTestResponse response = this.client.invoke(transport, "order", "{\"orderId\": [");
		assertThat(response.isError()).as("%s", response).isTrue();
		assertThat(response.errorType()).isEqualTo(InvalidInputException.class.getName());
	}

	@ParameterizedTest
	@EnumSource(FnTestTransport.class)
	void aMissingFunctionIsReported(FnTestTransport transport) {
		FnTestResponse response = this.client.invoke(transport, "nothing-by-that-name", "x");
		assertThat(response.isError()).as("%s", response).isTrue();
		assertThat(response.errorType()).isEqualTo(UnknownFunctionException.class.getName());
	}

	@ParameterizedTest
	@EnumSource(value = Vendor.class, names = { "ALIYUN", "TENCENT", "HUAWEI" })
	void eachCloudsEventPathIsTheThreeArgumentForm(Vendor vendor) {
		FnTestResponse response = this.client.invoke(vendor, "uppercase", "hello");
		assertThat(response.transport()).isEqualTo(FnTestTransport.eventPathOf(vendor));
		assertThat(response.output()).isEqualTo("HELLO");
	}

}
