package io.github.fnspring.demo;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.fnspring.Vendor;
import io.github.fnspring.test.FnConformance;
import io.github.fnspring.test.FnTestClient;
import io.github.fnspring.test.FnTestResponse;
import io.github.fnspring.test.FnTestTransport;
import io.github.fnspring.test.SampleEvents;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo on every cloud, through the test kit: as a user application tests itself. */
@SpringBootTest
class DemoOnEveryCloudTest {

	@Autowired
	FnTestClient client;

	@TestFactory
	Stream<DynamicTest> orderIsTheSameOnEveryTransport() {
		return FnConformance.of(DemoApplication.class)
			.function("order")
			.event("{\"orderId\":\"o-1\",\"sku\":\"tea\",\"quantity\":3,\"unitPrice\":2.5}")
			.expectJson("{\"orderId\":\"o-1\",\"total\":7.5,\"status\":\"ACCEPTED\"}")
			.tests();
	}

	@TestFactory
	Stream<DynamicTest> failIsReportedOnEveryTransport() {
		return FnConformance.of(DemoApplication.class).function("fail").event("boom")
			.expectError(IllegalStateException.class)
			.tests();
	}

	@ParameterizedTest
	@EnumSource(value = Vendor.class, names = { "ALIYUN", "TENCENT", "HUAWEI" })
	void tickTakesEachCloudsTimer(Vendor vendor) {
		FnTestResponse response = this.client.invoke(vendor, "tick",
				SampleEvents.event(vendor, "timer").payload("nightly").json());
		assertThat(response.isError()).as("%s", response).isFalse();
	}

	@ParameterizedTest
	@EnumSource(value = FnTestTransport.class)
	void whoamiSeesItsOwnRequest(FnTestTransport transport) {
		FnTestResponse response = this.client.invoke(transport, "whoami", "{}");
		JsonNode invocation = JsonMapper.shared().readTree(response.output());
		assertThat(invocation.path("requestId").asString()).isEqualTo(response.requestId());
	}

}
