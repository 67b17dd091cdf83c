package io.github.fnspring.tencent;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import io.github.fnspring.core.InvalidInputException;
import io.github.fnspring.event.HttpRequestEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ScfApiGatewayEventTest {

	private static final JsonMapper json = JsonMapper.shared();

	private final ScfApiGatewayEvent envelope = new ScfApiGatewayEvent();

	@Test
	void sampleEventIsReadAsTheHttpRequest() {
		JsonNode sample = ScfSampleEvents.json("apigateway.json");
		HttpRequestEvent request = this.envelope.parse(ScfSampleEvents.bytes("apigateway.json")).orElseThrow();
		assertThat(request.method()).isEqualTo(sample.path("httpMethod").asString());
		assertThat(request.path()).isEqualTo(sample.path("path").asString());
		assertThat(request.bodyAsString()).isEqualTo(sample.path("body").asString());
		Map<String, List<String>> headers = new LinkedHashMap<>();
		sample.path("headers").properties()
			.forEach((header) -> headers.put(header.getKey().toLowerCase(Locale.ROOT), List.of(header.getValue().asString())));
		assertThat(request.headers()).isEqualTo(headers).isNotEmpty();
		Map<String, List<String>> query = new LinkedHashMap<>();
		StringJoiner rawQuery = new StringJoiner("&");
		sample.path("queryString").properties().forEach((parameter) -> {
			query.put(parameter.getKey(), List.of(parameter.getValue().asString()));
			rawQuery.add(parameter.getKey() + "=" + parameter.getValue().asString());
		});
		assertThat(request.queryParameters()).isEqualTo(query).isNotEmpty();
		assertThat(request.rawQuery()).isEqualTo(rawQuery.toString());
	}

	@Test
	void repeatedHeadersAndQueryParametersKeepEveryValue() {
		HttpRequestEvent request = parse("""
				{"httpMethod":"get","requestContext":{"serviceId":"service-1","httpMethod":"GET"},"path":"/items",
				 "headers":{"Accept":["text/plain","application/json"],"X-Trace":"t1","x-trace":["t2"]},
				 "queryString":{"tag":["a","b"],"q":"x y&z=1"}}
				""");
		assertThat(request.method()).isEqualTo("GET");
		assertThat(request.headers()).containsEntry("accept", List.of("text/plain", "application/json"))
			.containsEntry("x-trace", List.of("t1", "t2"));
		assertThat(request.queryParameters()).containsEntry("tag", List.of("a", "b")).containsEntry("q", List.of("x y&z=1"));
		assertThat(request.rawQuery()).isEqualTo("tag=a&tag=b&q=x+y%26z%3D1");
		assertThat(request.body()).isEmpty();
	}

	@Test
	void base64BodyIsDecoded() {
		byte[] binary = { 0, 1, (byte) 0xFE, (byte) 0xFF };
		ObjectNode event = (ObjectNode) ScfSampleEvents.json("apigateway.json");
		event.put("isBase64Encoded", true);
		event.put("body", Base64.getEncoder().encodeToString(binary));
		assertThat(this.envelope.parse(json.writeValueAsBytes(event)).orElseThrow().body()).containsExactly(binary);
	}

	@Test
	void bodyMarkedBase64ThatIsNotIsABadRequest() {
		ObjectNode event = (ObjectNode) ScfSampleEvents.json("apigateway.json");
		event.put("isBase64Encoded", true);
		event.put("body", "%%% not base64 %%%");
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.envelope.parse(json.writeValueAsBytes(event)))
			.withMessageContaining("base64")
			.satisfies((ex) -> assertThat(ex.httpStatus()).isEqualTo(400));
	}

	@Test
	void missingOrNullBodyIsEmpty() {
		ObjectNode event = (ObjectNode) ScfSampleEvents.json("apigateway.json");
		event.putNull("body");
		assertThat(this.envelope.parse(json.writeValueAsBytes(event)).orElseThrow().body()).isEmpty();
		event.remove("body");
		assertThat(this.envelope.parse(json.writeValueAsBytes(event)).orElseThrow().body()).isEmpty();
	}

	@Test
	void otherEventsAreNotApiGatewayEvents() {
		assertThat(this.envelope.parse(ScfSampleEvents.bytes("timer.json"))).isEmpty();
		assertThat(this.envelope.parse(ScfSampleEvents.bytes("cos.json"))).isEmpty();
		assertThat(this.envelope.parse(ScfSampleEvents.bytes("ckafka.json"))).isEmpty();
		assertThat(this.envelope.parse(ScfSampleEvents.bytes("cmq-topic.json"))).isEmpty();
		assertThat(this.envelope.parse(bytes("{\"requestContext\":{\"http\":{\"method\":\"GET\"}},\"rawPath\":\"/\"}")))
			.isEmpty();
		assertThat(this.envelope.parse(bytes("{\"requestContext\":{},\"body\":\"\\\"httpMethod\\\"\"}"))).isEmpty();
		assertThat(this.envelope.parse(bytes("{\"httpMethod\":\"GET\",\"requestContext\":{\"apiId\":\"a\"}}"))).isEmpty();
		assertThat(this.envelope.parse(bytes("[{\"httpMethod\":\"GET\",\"requestContext\":{\"serviceId\":\"s\"}}]")))
			.isEmpty();
		assertThat(this.envelope.parse(bytes("{\"httpMethod\":\"GET\",\"requestContext\":"))).isEmpty();
		assertThat(this.envelope.parse(new byte[0])).isEmpty();
	}

	@Test
	void responseWritesRepeatedHeadersAsArraysAndAddsTheContentType() {
		JsonNode response = json.readTree(this.envelope.response(201,
				Map.of("Set-Cookie", List.of("a=1", "b=2"), "X-Answer", List.of("42"), "Content-Length", List.of("9"),
						"Connection", List.of("close")),
				"text/plain;charset=UTF-8", bytes("héllo")));
		assertThat(response.path("statusCode").asInt()).isEqualTo(201);
		assertThat(response.path("isBase64Encoded").asBoolean(true)).isFalse();
		assertThat(response.path("body").asString()).isEqualTo("héllo");
		JsonNode headers = response.path("headers");
		assertThat(headers.path("Set-Cookie").isArray()).isTrue();
		assertThat(headers.path("Set-Cookie").valueStream().map(JsonNode::asString)).containsExactly("a=1", "b=2");
		assertThat(headers.path("X-Answer").isString()).isTrue();
		assertThat(headers.path("X-Answer").asString()).isEqualTo("42");
		assertThat(headers.path("Content-Type").asString()).isEqualTo("text/plain;charset=UTF-8");
		assertThat(headers.propertyNames()).containsExactlyInAnyOrder("Set-Cookie", "X-Answer", "Content-Type");
	}

	@Test
	void contentTypeTheFunctionSetIsKept() {
		JsonNode headers = json
			.readTree(this.envelope.response(200, Map.of("content-type", List.of("application/problem+json")),
					"application/json", bytes("{}")))
			.path("headers");
		assertThat(headers.propertyNames()).containsExactly("content-type");
		assertThat(headers.path("content-type").asString()).isEqualTo("application/problem+json");
	}

	@Test
	void binaryBodyIsAnsweredInBase64() {
		byte[] binary = { 0, 1, (byte) 0xFE, (byte) 0xFF };
		JsonNode response = json.readTree(this.envelope.response(200, Map.of(), "application/octet-stream", binary));
		assertThat(response.path("isBase64Encoded").asBoolean()).isTrue();
		assertThat(Base64.getDecoder().decode(response.path("body").asString())).containsExactly(binary);
		assertThat(response.path("headers").path("Content-Type").asString()).isEqualTo("application/octet-stream");
	}

	private HttpRequestEvent parse(String event) {
		return this.envelope.parse(bytes(event)).orElseThrow();
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
