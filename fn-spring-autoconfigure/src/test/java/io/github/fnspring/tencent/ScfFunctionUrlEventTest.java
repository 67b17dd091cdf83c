package io.github.fnspring.tencent;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.fnspring.event.HttpRequestEvent;

import static org.assertj.core.api.Assertions.assertThat;

class ScfFunctionUrlEventTest {

	private final ScfFunctionUrlEvent envelope = new ScfFunctionUrlEvent();

	@Test
	void sampleEventIsReadAsTheHttpRequest() {
		HttpRequestEvent request = this.envelope.parse(ScfSampleEvents.bytes("function-url.json")).orElseThrow();
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.path()).isEqualTo("/orders/o-17");
		assertThat(request.queryParameters()).isEqualTo(Map.of("lang", List.of("zh"), "page", List.of("2")));
		assertThat(request.rawQuery()).isEqualTo("lang=zh&page=2");
		assertThat(request.header("X-Scf-Remote-Addr")).contains("203.0.113.9");
		assertThat(request.bodyAsString()).isEqualTo("{\"customer\":\"ann\",\"note\":\"函数 URL\"}");
	}

	@Test
	void neitherTriggerIsTakenForTheOther() {
		assertThat(this.envelope.parse(ScfSampleEvents.bytes("apigateway.json"))).isEmpty();
		assertThat(new ScfApiGatewayEvent().parse(ScfSampleEvents.bytes("function-url.json"))).isEmpty();
	}

	@Test
	void otherSampleEventsAreNotFunctionUrlEvents() {
		for (String name : new String[] { "timer.json", "cos.json", "ckafka.json", "cmq-topic.json" }) {
			assertThat(this.envelope.parse(ScfSampleEvents.bytes(name))).as(name).isEmpty();
		}
	}

	@Test
	void aTextAnswerHasOnlyTheDocumentedFields() {
		JsonNode answer = JsonMapper.shared()
			.readTree(this.envelope.response(201, Map.of("x-a", List.of("1")), "text/plain",
					"ok".getBytes(StandardCharsets.UTF_8)));
		assertThat(answer.propertyNames()).containsExactly("statusCode", "headers", "body");
		assertThat(answer.path("headers").path("x-a").asString()).isEqualTo("1");
		assertThat(answer.path("headers").path("Content-Type").asString()).isEqualTo("text/plain;charset=UTF-8");
	}

	@Test
	void aBinaryAnswerIsBase64AndSaysSo() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G' };
		JsonNode answer = JsonMapper.shared().readTree(this.envelope.response(200, Map.of(), "image/png", png));
		assertThat(answer.path("isBase64Encoded").asBoolean()).isTrue();
		assertThat(Base64.getDecoder().decode(answer.path("body").asString())).isEqualTo(png);
	}

}
