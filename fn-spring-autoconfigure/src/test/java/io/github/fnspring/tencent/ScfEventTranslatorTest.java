package io.github.fnspring.tencent;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import io.github.fnspring.core.InvalidInputException;
import io.github.fnspring.event.HttpRequestEvent;
import io.github.fnspring.event.ObjectStorageEvent;
import io.github.fnspring.event.ObjectStorageEvent.ObjectChange;
import io.github.fnspring.event.TimerEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ScfEventTranslatorTest {

	private final ScfEventTranslator translator = new ScfEventTranslator();

	@Test
	void supportsThePortableTypesAndScfsOwnRecords() {
		assertThat(List.of(TimerEvent.class, ObjectStorageEvent.class, HttpRequestEvent.class, CkafkaEvent.class,
				CmqTopicEvent.class))
			.allMatch(this.translator::supports);
		assertThat(this.translator.supports(String.class)).isFalse();
		assertThat(this.translator.supports(CkafkaEvent.Message.class)).isFalse();
	}

	@Test
	void timerSampleIsATimerEvent() {
		JsonNode sample = ScfSampleEvents.json("timer.json");
		TimerEvent timer = translate("timer.json", TimerEvent.class);
		assertThat(timer.time()).isEqualTo(Instant.parse(sample.path("Time").asString()));
		assertThat(timer.triggerName()).isEqualTo(sample.path("TriggerName").asString());
		assertThat(timer.payload()).isEqualTo(sample.path("Message").asString());
	}

	@Test
	void timerWithABadTimeIsABadRequest() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> translate("{\"Type\":\"Timer\",\"TriggerName\":\"t\",\"Time\":\"yesterday\"}", TimerEvent.class))
			.withMessageContaining("yesterday")
			.satisfies((ex) -> assertThat(ex.httpStatus()).isEqualTo(400));
	}

	@Test
	void onlyTimerTypedEventsAreTimerEvents() {
		assertThat(translateOrEmpty("{\"Type\":\"Other\",\"Time\":\"2019-02-21T11:49:00Z\"}", TimerEvent.class)).isEmpty();
		assertThat(translateOrEmpty("{\"Time\":\"2019-02-21T11:49:00Z\"}", TimerEvent.class)).isEmpty();
		assertThat(this.translator.translate(ScfSampleEvents.bytes("cos.json"), TimerEvent.class)).isEmpty();
	}

	@Test
	void cosSampleIsAnObjectStorageEventWithTheKeyWithinTheBucket() {
		JsonNode record = ScfSampleEvents.json("cos.json").path("Records").get(0);
		JsonNode cos = record.path("cos");
		JsonNode bucket = cos.path("cosBucket");
		String sentKey = cos.path("cosObject").path("key").asString();
		String prefix = "/" + bucket.path("appid").asString() + "/" + bucket.path("name").asString() + "/";
		assertThat(sentKey).startsWith(prefix);
		ObjectStorageEvent storage = translate("cos.json", ObjectStorageEvent.class);
		assertThat(storage.changes()).hasSize(1);
		ObjectChange change = storage.changes().get(0);
		assertThat(change.key()).isEqualTo(sentKey.substring(prefix.length())).isNotEmpty();
		assertThat(change.eventName()).isEqualTo(record.path("event").path("eventName").asString());
		assertThat(change.region()).isEqualTo(bucket.path("region").asString());
		assertThat(change.bucket()).isEqualTo(bucket.path("name").asString());
		assertThat(change.size()).isEqualTo(cos.path("cosObject").path("size").asLong());
		assertThat(change.eTag()).isEmpty();
		assertThat(change.eventTime()).isEqualTo(Instant.ofEpochSecond(record.path("event").path("eventTime").asLong()));
	}

	@Test
	void cosKeyWithoutTheBucketPrefixIsKeptAsSent() {
		ObjectChange change = cosChange("/999/otherbucket/photo.jpg", "\"1545205770\"", "\"ETag\":\"\\\"abc\\\"\"");
		assertThat(change.key()).isEqualTo("/999/otherbucket/photo.jpg");
		assertThat(change.eTag()).isEqualTo("\"abc\"");
		assertThat(change.eventTime()).isEqualTo(Instant.ofEpochSecond(1545205770));
	}

	@Test
	void cosKeyKeepsItsOwnSlashesAfterThePrefix() {
		assertThat(cosChange("/1253970026/testpic/dir/a b.txt", "1545205770", "").key()).isEqualTo("dir/a b.txt");
	}

	@Test
	void cosEventTimeThatIsNotANumberIsABadRequest() {
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> cosChange("/k", "\"soon\"", ""))
			.withMessageContaining("soon");
	}

	@Test
	void cosWithoutSizeOrTimeUsesTheDocumentedDefaults() {
		ObjectStorageEvent storage = translate("""
				{"Records":[{"cos":{"cosObject":{"key":"/1/b/k"},"cosBucket":{"name":"b","appid":"1","region":"gz"}},
				 "event":{"eventName":"cos:ObjectRemove:Delete","eventTime":""}}]}
				""", ObjectStorageEvent.class);
		ObjectChange change = storage.changes().get(0);
		assertThat(change.key()).isEqualTo("k");
		assertThat(change.size()).isEqualTo(-1);
		assertThat(change.eTag()).isEmpty();
		assertThat(change.eventTime()).isNull();
	}

	@Test
	void ckafkaSampleIsACkafkaEvent() {
		JsonNode records = ScfSampleEvents.json("ckafka.json").path("Records");
		CkafkaEvent kafka = translate("ckafka.json", CkafkaEvent.class);
		assertThat(kafka.records()).hasSize(records.size()).hasSizeGreaterThan(1);
		for (int i = 0; i < records.size(); i++) {
			JsonNode sent = records.get(i).path("Ckafka");
			CkafkaEvent.Message message = kafka.records().get(i);
			assertThat(message.topic()).isEqualTo(sent.path("topic").asString());
			assertThat(message.partition()).isEqualTo(sent.path("partition").asInt());
			assertThat(message.offset()).isEqualTo(sent.path("offset").asLong());
			assertThat(message.key()).isEqualTo(sent.path("msgKey").asString());
			assertThat(message.body()).isEqualTo(sent.path("msgBody").asString());
		}
	}

	@Test
	void ckafkaNumbersMayBeStringsOrEmpty() {
		CkafkaEvent kafka = translate("""
				{"Records":[{"Ckafka":{"topic":"t","partition":"","offset":"37","msgKey":"k","msgBody":"b"}},
				 {"Ckafka":{"topic":"t","partition":"2","msgBody":"c"}}]}
				""", CkafkaEvent.class);
		assertThat(kafka.records()).containsExactly(new CkafkaEvent.Message("t", -1, 37, "k", "b"),
				new CkafkaEvent.Message("t", 2, -1, "", "c"));
	}

	@Test
	void cmqTopicSampleIsACmqTopicEvent() {
		JsonNode sent = ScfSampleEvents.json("cmq-topic.json").path("Records").get(0).path("CMQ");
		CmqTopicEvent cmq = translate("cmq-topic.json", CmqTopicEvent.class);
		assertThat(cmq.records()).hasSize(1);
		CmqTopicEvent.Message message = cmq.records().get(0);
		assertThat(message.topicOwner()).isEqualTo(sent.path("topicOwner").asString());
		assertThat(message.topicName()).isEqualTo(sent.path("topicName").asString());
		assertThat(message.subscriptionName()).isEqualTo(sent.path("subscriptionName").asString());
		assertThat(message.publishTime()).isEqualTo(Instant.parse(sent.path("publishTime").asString()));
		assertThat(message.messageId()).isEqualTo(sent.path("msgId").asString());
		assertThat(message.requestId()).isEqualTo(sent.path("requestId").asString());
		assertThat(message.body()).isEqualTo(sent.path("msgBody").asString());
		assertThat(message.tags()).containsExactly(sent.path("msgTag").asString().split(","));
	}

	@Test
	void cmqTopicOwnerSentAsANumberStaysAString() {
		CmqTopicEvent cmq = translate("""
				{"Records":[{"CMQ":{"type":"topic","topicOwner":1253970026,"topicName":"t","msgBody":"b","msgTag":""}}]}
				""", CmqTopicEvent.class);
		CmqTopicEvent.Message message = cmq.records().get(0);
		assertThat(message.topicOwner()).isEqualTo("1253970026");
		assertThat(message.publishTime()).isNull();
		assertThat(message.tags()).isEmpty();
	}

	@Test
	void apiGatewaySampleIsAnHttpRequest() {
		JsonNode sample = ScfSampleEvents.json("apigateway.json");
		HttpRequestEvent request = translate("apigateway.json", HttpRequestEvent.class);
		assertThat(request.method()).isEqualTo(sample.path("httpMethod").asString());
		assertThat(request.path()).isEqualTo(sample.path("path").asString());
	}

	@Test
	void eventsOfAnotherShapeAreLeftToPlainJsonMapping() {
		assertThat(this.translator.translate(ScfSampleEvents.bytes("ckafka.json"), CmqTopicEvent.class)).isEmpty();
		assertThat(this.translator.translate(ScfSampleEvents.bytes("cmq-topic.json"), ObjectStorageEvent.class)).isEmpty();
		assertThat(this.translator.translate(ScfSampleEvents.bytes("cos.json"), CkafkaEvent.class)).isEmpty();
		assertThat(this.translator.translate(ScfSampleEvents.bytes("timer.json"), HttpRequestEvent.class)).isEmpty();
		assertThat(translateOrEmpty("{\"changes\":[]}", ObjectStorageEvent.class)).isEmpty();
		assertThat(translateOrEmpty("{\"Records\":[{\"Ckafka\":{}},{\"CMQ\":{}}]}", CkafkaEvent.class)).isEmpty();
		assertThat(translateOrEmpty("{\"Records\":{\"Ckafka\":{}}}", CkafkaEvent.class)).isEmpty();
	}

	@Test
	void invalidJsonIsNotAnScfEvent() {
		assertThat(translateOrEmpty("{\"Records\":[", CkafkaEvent.class)).isEmpty();
		assertThat(translateOrEmpty("not json", TimerEvent.class)).isEmpty();
		assertThat(this.translator.translate(new byte[0], ObjectStorageEvent.class)).isEmpty();
	}

	private ObjectChange cosChange(String key, String eventTime, String meta) {
		ObjectStorageEvent storage = translate("""
				{"Records":[{"cos":{"cosObject":{"key":"%s","size":"12","meta":{%s}},
				 "cosBucket":{"name":"testpic","appid":"1253970026","region":"gz"}},
				 "event":{"eventName":"cos:ObjectCreated:Put","eventTime":%s}}]}
				""".formatted(key, meta, eventTime), ObjectStorageEvent.class);
		assertThat(storage.changes()).singleElement().extracting(ObjectChange::size).isEqualTo(12L);
		return storage.changes().get(0);
	}

	private <T> T translate(String sampleOrJson, Class<T> type) {
		byte[] event = sampleOrJson.endsWith(".json") ? ScfSampleEvents.bytes(sampleOrJson)
				: sampleOrJson.getBytes(StandardCharsets.UTF_8);
		return type.cast(this.translator.translate(event, type).orElseThrow());
	}

	private Optional<Object> translateOrEmpty(String json, Class<?> type) {
		return this.translator.translate(json.getBytes(StandardCharsets.UTF_8), type);
	}

}
