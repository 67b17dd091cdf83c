package io.github.fnspring.tencent;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.fnspring.event.TimerEvent;
import io.github.fnspring.runtime.LocalRuntimeApi;

import static org.assertj.core.api.Assertions.assertThat;

/** SCF's custom runtime against a Runtime API over real sockets, with SCF's sample events. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScfCustomRuntimeTest {

	private static final int MAX_EVENT_BYTES = 64 * 1024;

	private LocalRuntimeApi scf;

	private ConfigurableApplicationContext context;

	@BeforeAll
	void start() throws Exception {
		this.scf = new LocalRuntimeApi(ScfRuntimeApi.PATHS,
				(requestId, submitted) -> ScfRuntimeApi.eventHeaders(requestId, submitted, 512, 3000))
			.start("127.0.0.1", 0);
		this.context = new SpringApplicationBuilder(ScfTestApplication.class)
			.properties(Map.of("SCF_RUNTIME_API", "127.0.0.1", "SCF_RUNTIME_API_PORT", this.scf.port(),
					"SCF_FUNCTIONNAME", "scf-test", "spring.cloud.function.definition", "uppercase",
					"fn.server.max-request-size", MAX_EVENT_BYTES, "spring.main.banner-mode", "off"))
			.run();
	}

	@AfterAll
	void stop() {
		this.context.close();
		this.scf.close();
	}

	private LocalRuntimeApi.Answer invoke(String function, byte[] event) throws Exception {
		return this.scf.submit(event, Map.of(LocalRuntimeApi.FUNCTION_HEADER, function)).answer().get(30, TimeUnit.SECONDS);
	}

	private static JsonNode json(LocalRuntimeApi.Answer answer) {
		return JsonMapper.shared().readTree(answer.body());
	}

	@Test
	void reportsReadyOnceStarted() throws Exception {
		assertThat(this.scf.awaitInitReady(Duration.ofSeconds(5))).isTrue();
	}

	@Test
	void apiGatewayEventIsAnsweredWithTheIntegrationResponse() throws Exception {
		JsonNode sample = ScfSampleEvents.json("apigateway.json");
		LocalRuntimeApi.Answer answer = invoke("request", ScfSampleEvents.bytes("apigateway.json"));
		assertThat(answer.success()).isTrue();
		JsonNode response = json(answer);
		assertThat(response.path("statusCode").asInt()).isEqualTo(200);
		assertThat(response.path("isBase64Encoded").asBoolean()).isFalse();
		assertThat(response.path("body").asString())
			.isEqualTo(sample.path("httpMethod").asString() + " " + sample.path("path").asString() + " in request");
	}

	@Test
	void functionUrlEventIsServedAsAnHttpRequestAndAnsweredInItsShape() throws Exception {
		JsonNode sample = ScfSampleEvents.json("function-url.json");
		LocalRuntimeApi.Answer answer = invoke("url", ScfSampleEvents.bytes("function-url.json"));
		assertThat(answer.success()).isTrue();
		JsonNode response = json(answer);
		assertThat(response.path("statusCode").asInt()).isEqualTo(201);
		assertThat(response.path("body").asString()).isEqualTo("POST /orders/o-17?lang=zh&page=2 lang=zh"
				+ " type=application/json remote=203.0.113.9 body=" + sample.path("body").asString());
		assertThat(response.path("headers").path("x-echo").asString()).isEqualTo("yes");
		assertThat(response.path("headers").path("Set-Cookie").valueStream().map(JsonNode::asString))
			.containsExactly("a=1", "b=2");
		// Tencent's documented answer: statusCode, headers and body, nothing else
		assertThat(response.propertyNames()).containsExactlyInAnyOrder("statusCode", "headers", "body");
	}

	@Test
	void anOrdinaryJsonEventWithABodyFieldIsNotTakenForAnHttpRequest() throws Exception {
		String[] events = { "{\"body\":\"hello\",\"note\":\"x\"}",
				"{\"body\":\"hello\",\"httpMethod\":\"POST\",\"path\":\"relative\",\"headers\":{}}",
				"{\"body\":\"hello\",\"httpMethod\":\"not a method\",\"path\":\"/p\",\"headers\":{}}",
				"{\"body\":{\"nested\":1},\"httpMethod\":\"GET\",\"path\":\"/p\",\"headers\":{}}",
				"{\"body\":\"hello\",\"httpMethod\":\"GET\",\"path\":\"/p\",\"headers\":\"none\"}" };
		for (String event : events) {
			LocalRuntimeApi.Answer answer = invoke("keys", event.getBytes(StandardCharsets.UTF_8));
			assertThat(answer.success()).as(event).isTrue();
			assertThat(json(answer).valueStream().map(JsonNode::asString).toList()).as(event)
				.contains("body")
				.doesNotContain("statusCode");
		}
	}

	@Test
	void timerEventReachesTheTimerConsumer() throws Exception {
		JsonNode sample = ScfSampleEvents.json("timer.json");
		assertThat(invoke("timer", ScfSampleEvents.bytes("timer.json")).success()).isTrue();
		TimerEvent timer = (TimerEvent) ScfTestApplication.received.get();
		assertThat(timer.time()).isEqualTo(Instant.parse(sample.path("Time").asString()));
		assertThat(timer.triggerName()).isEqualTo(sample.path("TriggerName").asString());
		assertThat(timer.payload()).isEqualTo(sample.path("Message").asString());
	}

	@Test
	void ckafkaEventBecomesTypedRecords() throws Exception {
		JsonNode sample = ScfSampleEvents.json("ckafka.json").path("Records");
		assertThat(invoke("kafka", ScfSampleEvents.bytes("ckafka.json")).success()).isTrue();
		CkafkaEvent event = (CkafkaEvent) ScfTestApplication.received.get();
		assertThat(event.records()).hasSize(sample.size());
		assertThat(event.records().get(1).body()).isEqualTo(sample.get(1).path("Ckafka").path("msgBody").asString());
	}

	@Test
	void unknownTriggerShapeForAPortableTypeFailsWithScfsErrorBody() throws Exception {
		LocalRuntimeApi.Answer answer = invoke("timer", "{\"unexpected\":true}".getBytes(StandardCharsets.UTF_8));
		assertThat(answer.success()).isFalse();
		assertThat(json(answer).path("statusCode").asInt()).isEqualTo(400);
	}

	@Test
	void nonJsonEventForAPojoFailsAndTheLoopKeepsGoing() throws Exception {
		LocalRuntimeApi.Answer answer = invoke("order", "not json".getBytes(StandardCharsets.UTF_8));
		assertThat(answer.success()).isFalse();
		JsonNode error = json(answer);
		assertThat(error.path("statusCode").asInt()).isEqualTo(400);
		assertThat(error.path("errorMessage").asString()).contains("not valid JSON");
		assertThat(invoke("uppercase", "still".getBytes(StandardCharsets.UTF_8)).bodyAsString()).isEqualTo("STILL");
	}

	@Test
	void oversizedEventFailsWith406() throws Exception {
		LocalRuntimeApi.Answer answer = invoke("uppercase", new byte[MAX_EVENT_BYTES + 1]);
		assertThat(answer.success()).isFalse();
		assertThat(json(answer).path("statusCode").asInt()).isEqualTo(406);
	}

}
