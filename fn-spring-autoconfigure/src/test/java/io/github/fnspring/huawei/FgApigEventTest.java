package io.github.fnspring.huawei;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import io.github.fnspring.core.InvalidInputException;
import io.github.fnspring.event.HttpRequestEvent;
import io.github.fnspring.tencent.ScfApiGatewayEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FgApigEventTest {

	private static final JsonMapper json = JsonMapper.shared();

	private static final String SCF_API_GATEWAY_SAMPLE = "/events/tencent/apigateway.json";

	private final FgApigEvent envelope = new FgApigEvent();

	@Test
	void sampleEventIsReadAsTheHttpRequestWithItsBase64BodyDecoded() {
		JsonNode sample = FgSampleEvents.json("apig.json");
		assertThat(sample.path("isBase64Encoded").asBoolean()).isTrue();
		HttpRequestEvent request = this.envelope.parse(FgSampleEvents.bytes("apig.json")).orElseThrow();
		assertThat(request.method()).isEqualTo(sample.path("httpMethod").asString());
		assertThat(request.path()).isEqualTo(sample.path("path").asString());
		assertThat(request.body()).isEqualTo(Base64.getDecoder().decode(sample.path("body").asString())).isNotEmpty();
		Map<String, List<String>> headers = new LinkedHashMap<>();
		sample.path("headers").properties()
			.forEach((header) -> headers.put(header.getKey().toLowerCase(Locale.ROOT),
					List.of(header.getValue().asString())));
		assertThat(request.headers()).isEqualTo(headers).isNotEmpty();
		Map<String, List<String>> query = new LinkedHashMap<>();
		StringJoiner rawQuery = new StringJoiner("&");
		sample.path("queryStringParameters").properties().forEach((parameter) -> {
			query.put(parameter.getKey(), List.of(parameter.getValue().asString()));
			rawQuery.add(parameter.getKey() + "=" + parameter.getValue().asString());
		});
		assertThat(request.queryParameters()).isEqualTo(query).isNotEmpty();
		assertThat(request.rawQuery()).isEqualTo(rawQuery.toString());
	}

	@Test
	void binaryBodyIsDecodedFromBase64() {
		byte[] binary = { 0, 1, (byte) 0xFE, (byte) 0xFF };
		ObjectNode event = (ObjectNode) FgSampleEvents.json("apig.json");
		event.put("body", Base64.getEncoder().encodeToString(binary));
		assertThat(this.envelope.parse(json.writeValueAsBytes(event)).orElseThrow().body()).containsExactly(binary);
	}

	@Test
	void bodyNotMarkedBase64IsTakenAsText() {
		ObjectNode event = (ObjectNode) FgSampleEvents.json("apig.json");
		event.put("isBase64Encoded", false);
		event.put("body", "{\"name\":\"héllo\"}");
		assertThat(this.envelope.parse(json.writeValueAsBytes(event)).orElseThrow().bodyAsString())
			.isEqualTo("{\"name\":\"héllo\"}");
	}

	@Test
	void bodyMarkedBase64ThatIsNotIsABadRequest() {
		ObjectNode event = (ObjectNode) FgSampleEvents.json("apig.json");
		event.put("body", "%%% not base64 %%%");
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.envelope.parse(json.writeValueAsBytes(event)))
			.withMessageContaining("base64")
			.satisfies((ex) -> assertThat(ex.httpStatus()).isEqualTo(400));
	}

	@Test
	void missingBodyIsEmpty() {
		ObjectNode event = (ObjectNode) FgSampleEvents.json("apig.json");
		event.remove("body");
		assertThat(this.envelope.parse(json.writeValueAsBytes(event)).orElseThrow().body()).isEmpty();
	}

	@Test
	void repeatedQueryParametersAndHeadersKeepEveryValue() {
		HttpRequestEvent request = this.envelope.parse(bytes("""
				{"httpMethod":"post","path":"/items","requestContext":{"apiId":"api-1"},"isBase64Encoded":false,
				 "headers":{"Accept":["text/plain","application/json"],"X-Trace":"t1","x-trace":"t2"},
				 "queryStringParameters":{"tag":["a","b"],"q":"x y&z=1"},"body":"hi"}
				""")).orElseThrow();
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.headers()).containsEntry("accept", List.of("text/plain", "application/json"))
			.containsEntry("x-trace", List.of("t1", "t2"));
		assertThat(request.queryParameters()).containsEntry("tag", List.of("a", "b"))
			.containsEntry("q", List.of("x y&z=1"));
		assertThat(request.rawQuery()).isEqualTo("tag=a&tag=b&q=x+y%26z%3D1");
		assertThat(request.bodyAsString()).isEqualTo("hi");
	}

	@Test
	void scfApiGatewayEventIsNotAnApigEventAndTheOtherWayRound() {
		byte[] scfSample = FgSampleEvents.resource(SCF_API_GATEWAY_SAMPLE);
		byte[] fgSample = FgSampleEvents.bytes("apig.json");
		ScfApiGatewayEvent scfEnvelope = new ScfApiGatewayEvent();
		assertThat(scfEnvelope.parse(scfSample)).isPresent();
		assertThat(this.envelope.parse(fgSample)).isPresent();
		assertThat(this.envelope.parse(scfSample)).isEmpty();
		assertThat(scfEnvelope.parse(fgSample)).isEmpty();
	}

	@Test
	void otherEventsAreNotApigEvents() {
		for (String sample : List.of("timer.json", "obs.json", "smn.json", "dis.json", "kafka.json")) {
			assertThat(this.envelope.parse(FgSampleEvents.bytes(sample))).as(sample).isEmpty();
		}
		assertThat(parseOrEmpty("{'httpMethod':'GET','path':'/','requestContext':{},'apiId':'a'}")).isEmpty();
		assertThat(parseOrEmpty("{'httpMethod':'GET','requestContext':{'apiId':'a'}}")).isEmpty();
		assertThat(parseOrEmpty("{'path':'/','requestContext':{'apiId':'a'},'body':'httpMethod'}")).isEmpty();
		assertThat(parseOrEmpty("[{'httpMethod':'GET','path':'/','requestContext':{'apiId':'a'}}]")).isEmpty();
		assertThat(parseOrEmpty("{'httpMethod':'GET','requestContext':{'apiId':")).isEmpty();
		assertThat(this.envelope.parse(new byte[0])).isEmpty();
	}

	@Test
	void responseJoinsRepeatedHeadersAndAddsTheContentType() {
		JsonNode response = json.readTree(this.envelope.response(201,
				Map.of("Set-Cookie", List.of("a=1", "b=2"), "X-Answer", List.of("42"), "Content-Length", List.of("9"),
						"Connection", List.of("close")),
				"text/plain;charset=UTF-8", bytes("héllo")));
		assertThat(response.path("statusCode").asInt()).isEqualTo(201);
		assertThat(response.path("isBase64Encoded").asBoolean(true)).isFalse();
		assertThat(response.path("body").asString()).isEqualTo("héllo");
		JsonNode headers = response.path("headers");
		assertThat(headers.path("Set-Cookie").isString()).isTrue();
		assertThat(headers.path("Set-Cookie").asString()).isEqualTo("a=1,b=2");
		assertThat(headers.path("X-Answer").asString()).isEqualTo("42");
		assertThat(headers.path("Content-Type").asString()).isEqualTo("text/plain;charset=UTF-8");
		assertThat(headers.propertyNames()).containsExactlyInAnyOrder("Set-Cookie", "X-Answer", "Content-Type");
	}

	@Test
	void binaryBodyIsAnsweredInBase64() {
		byte[] binary = { 0, 1, (byte) 0xFE, (byte) 0xFF };
		JsonNode response = json.readTree(this.envelope.response(200, Map.of(), "image/png", binary));
		assertThat(response.path("isBase64Encoded").asBoolean()).isTrue();
		assertThat(Base64.getDecoder().decode(response.path("body").asString())).containsExactly(binary);
		assertThat(response.path("headers").path("Content-Type").asString()).isEqualTo("image/png");
	}

	/** Parses JSON written with single quotes, to keep the cases readable. */
	private Optional<HttpRequestEvent> parseOrEmpty(String singleQuotedJson) {
		return this.envelope.parse(bytes(singleQuotedJson.replace('\'', '"')));
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
