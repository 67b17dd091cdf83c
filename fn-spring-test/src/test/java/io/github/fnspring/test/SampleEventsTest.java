package io.github.fnspring.test;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.fnspring.Vendor;
import io.github.fnspring.test.app.KitTestApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Sample events, with the fields a test sets, read by fn-spring on each cloud's event path as
 * that cloud's trigger would deliver them.
 */
@SpringBootTest(classes = KitTestApplication.class)
class SampleEventsTest {

	@Autowired
	FnTestClient client;

	@ParameterizedTest
	@EnumSource(value = Vendor.class, names = { "ALIYUN", "TENCENT", "HUAWEI" })
	void everyCloudHasThePortableTriggersAndEverySampleIsAJsonObject(Vendor vendor) {
		assertThat(SampleEvents.triggers(vendor)).startsWith("http", "timer", "object-storage");
		for (String trigger : SampleEvents.triggers(vendor)) {
			assertThat(JsonMapper.shared().readTree(SampleEvents.json(vendor, trigger)).isObject()).isTrue();
		}
	}

	@Test
	void theVendorSpecificTriggersAreListed() {
		assertThat(SampleEvents.triggers(Vendor.TENCENT)).contains("api-gateway", "ckafka", "cmq-topic");
		assertThat(SampleEvents.triggers(Vendor.HUAWEI)).contains("smn", "dis", "kafka");
	}

	@ParameterizedTest
	@EnumSource(value = Vendor.class, names = { "ALIYUN", "TENCENT", "HUAWEI" })
	void aTimersPayloadReachesTheFunction(Vendor vendor) {
		FnTestResponse response = this.client.invoke(vendor, "timer",
				SampleEvents.event(vendor, "timer").payload("nightly report").json());
		assertThat(response.output()).as("%s", response).endsWith(":nightly report");
	}

	@ParameterizedTest
	@EnumSource(value = Vendor.class, names = { "ALIYUN", "TENCENT", "HUAWEI" })
	void anObjectsBucketAndKeyReachTheFunctionAsTheyWereSet(Vendor vendor) {
		String event = SampleEvents.event(vendor, "object-storage").key("2026/11/a b+c.pdf").bucket("invoices").json();
		assertThat(this.client.invoke(vendor, "storage", event).output()).isEqualTo("invoices/2026/11/a b+c.pdf");
	}

	@ParameterizedTest
	@EnumSource(value = Vendor.class, names = { "ALIYUN", "TENCENT", "HUAWEI" })
	void anHttpEventsMethodPathAndBodyReachTheFunction(Vendor vendor) {
		String event = SampleEvents.event(vendor, "http")
			.method("PUT")
			.path("/orders/7")
			.header("Content-Type", "text/plain")
			.body("seven")
			.json();
		FnTestResponse response = this.client.invoke(vendor, "web", event);
		assertThat(response.isError()).as("%s", response).isFalse();
		assertThat(response.output()).contains("PUT /orders/7 seven");
	}

	@ParameterizedTest
	@CsvSource({ "TENCENT, ckafka, ckafka", "TENCENT, cmq-topic, cmq", "HUAWEI, smn, smn", "HUAWEI, dis, dis",
			"HUAWEI, kafka, kafka" })
	void aMessageReachesTheFunction(Vendor vendor, String trigger, String function) {
		String event = SampleEvents.event(vendor, trigger).message("order 7 shipped").json();
		assertThat(this.client.invoke(vendor, function, event).output()).isEqualTo("order 7 shipped");
	}

	@Test
	void fcsEventCarriesThePathDecodedAndItsRawPathEncoded() {
		JsonNode event = JsonMapper.shared()
			.readTree(SampleEvents.event(Vendor.ALIYUN, "http").path("/café 1/100%").json());
		assertThat(event.path("requestContext").path("http").path("path").asString()).isEqualTo("/café 1/100%");
		assertThat(event.path("rawPath").asString()).isEqualTo("/caf%C3%A9%201/100%25");
	}

	@Test
	void anyFieldIsSetByItsJsonPointer() {
		String event = SampleEvents.event(Vendor.ALIYUN, "timer").set("/triggerName", "nightly").json();
		assertThat(this.client.invoke(Vendor.ALIYUN, "timer", event).output()).startsWith("nightly:");
	}

	@Test
	void mistakesAreNamed() {
		assertThatIllegalArgumentException().isThrownBy(() -> SampleEvents.json(Vendor.ALIYUN, "ckafka"))
			.withMessageContaining("[http, timer, object-storage]");
		assertThatIllegalStateException().isThrownBy(() -> SampleEvents.event(Vendor.HUAWEI, "timer").bucket("b"))
			.withMessageContaining("set(jsonPointer, value)");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SampleEvents.event(Vendor.HUAWEI, "timer").set("/no/such/field", 1))
			.withMessageContaining("/no/such/field");
		assertThatIllegalArgumentException().isThrownBy(() -> SampleEvents.triggers(Vendor.LOCAL));
	}

}
