package io.github.fnspring.huawei;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
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

class FgEventTranslatorTest {

	private final FgEventTranslator translator = new FgEventTranslator();

	@Test
	void supportsThePortableTypesAndFunctionGraphsOwnRecords() {
		assertThat(List.of(TimerEvent.class, ObjectStorageEvent.class, HttpRequestEvent.class, SmnEvent.class,
				DisEvent.class, KafkaEvent.class))
			.allMatch(this.translator::supports);
		assertThat(this.translator.supports(String.class)).isFalse();
		assertThat(this.translator.supports(DisEvent.Record.class)).isFalse();
	}

	@Test
	void timerSampleIsATimerEventAtTheInstantItsOffsetTimeNames() {
		JsonNode sample = FgSampleEvents.json("timer.json");
		TimerEvent timer = translate("timer.json", TimerEvent.class);
		assertThat(timer.time()).isEqualTo(OffsetDateTime.parse(sample.path("time").asString()).toInstant());
		assertThat(timer.triggerName()).isEqualTo(sample.path("trigger_name").asString());
		assertThat(timer.payload()).isEqualTo(sample.path("user_event").asString());
	}

	@Test
	void timerWithABadTimeIsABadRequest() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> translate("{\"trigger_type\":\"TIMER\",\"trigger_name\":\"t\",\"time\":\"yesterday\"}",
					TimerEvent.class))
			.withMessageContaining("yesterday")
			.satisfies((ex) -> assertThat(ex.httpStatus()).isEqualTo(400));
	}

	@Test
	void onlyTimerTypedEventsAreTimerEvents() {
		assertThat(translateOrEmpty("{\"trigger_type\":\"KAFKA\",\"time\":\"2023-06-01T08:30:00+08:00\"}",
				TimerEvent.class))
			.isEmpty();
		assertThat(translateOrEmpty("{\"time\":\"2023-06-01T08:30:00+08:00\"}", TimerEvent.class)).isEmpty();
		assertThat(this.translator.translate(FgSampleEvents.bytes("kafka.json"), TimerEvent.class)).isEmpty();
	}

	@Test
	void obsSampleIsAnObjectStorageEvent() {
		JsonNode record = FgSampleEvents.json("obs.json").path("Records").get(0);
		JsonNode s3 = record.path("s3");
		ObjectStorageEvent storage = translate("obs.json", ObjectStorageEvent.class);
		assertThat(storage.changes()).hasSize(1);
		ObjectChange change = storage.changes().get(0);
		assertThat(change.eventName()).isEqualTo(record.path("eventName").asString());
		assertThat(change.region()).isEqualTo(record.path("awsRegion").asString());
		assertThat(change.bucket()).isEqualTo(s3.path("bucket").path("name").asString());
		assertThat(change.key()).isEqualTo(s3.path("object").path("key").asString());
		assertThat(change.size()).isEqualTo(s3.path("object").path("size").asLong());
		assertThat(change.eTag()).isEqualTo(s3.path("object").path("eTag").asString());
		assertThat(change.eventTime()).isEqualTo(Instant.parse(record.path("eventTime").asString()));
	}

	@Test
	void obsKeyIsUrlDecoded() {
		assertThat(obsChange("photos%2F2023%2Fmy+summer+%C3%A9t%C3%A9.jpg").key())
			.isEqualTo("photos/2023/my summer été.jpg");
	}

	@Test
	void obsKeyThatIsNotUrlEncodedIsKeptAsSent() {
		assertThat(obsChange("100%.txt").key()).isEqualTo("100%.txt");
	}

	@Test
	void obsWithoutSizeOrTimeUsesTheDocumentedDefaults() {
		ObjectChange change = translate("""
				{"Records":[{"eventName":"ObjectRemoved:Delete","s3":{"bucket":{"name":"b"},"object":{"key":"k"}}}]}
				""", ObjectStorageEvent.class).changes().get(0);
		assertThat(change.size()).isEqualTo(-1);
		assertThat(change.eTag()).isEmpty();
		assertThat(change.region()).isEmpty();
		assertThat(change.eventTime()).isNull();
	}

	@Test
	void obsEventTimeThatIsNotIsoIsABadRequest() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> translate("{\"Records\":[{\"eventTime\":\"soon\",\"s3\":{\"object\":{\"key\":\"k\"}}}]}",
					ObjectStorageEvent.class))
			.withMessageContaining("soon");
	}

	@Test
	void smnSampleIsAnSmnEventWithoutAttributes() {
		JsonNode records = FgSampleEvents.json("smn.json").path("record");
		JsonNode sent = records.get(0).path("smn");
		assertThat(sent.path("message_attributes").isNull()).isTrue();
		SmnEvent smn = translate("smn.json", SmnEvent.class);
		assertThat(smn.records()).hasSize(records.size());
		SmnEvent.Message message = smn.records().get(0);
		assertThat(message.topicUrn()).isEqualTo(sent.path("topic_urn").asString());
		assertThat(message.timestamp()).isEqualTo(Instant.parse(sent.path("timestamp").asString()));
		assertThat(message.subject()).isEqualTo(sent.path("subject").asString());
		assertThat(message.message()).isEqualTo(sent.path("message").asString());
		assertThat(message.messageId()).isEqualTo(sent.path("message_id").asString());
		assertThat(message.type()).isEqualTo(sent.path("type").asString());
		assertThat(message.attributes()).isEmpty();
	}

	@Test
	void smnAttributesAreKeptAsText() {
		SmnEvent smn = translate("""
				{"record":[{"smn":{"topic_urn":"urn:smn:t","message":"m","message_attributes":
				 {"color":"red","count":3,"tags":["a","b"]}}}]}
				""", SmnEvent.class);
		SmnEvent.Message message = smn.records().get(0);
		assertThat(message.attributes()).isEqualTo(Map.of("color", "red", "count", "3", "tags", "[\"a\",\"b\"]"));
		assertThat(message.timestamp()).isNull();
	}

	@Test
	void disSampleIsADisEventWithItsDataDecoded() {
		JsonNode sample = FgSampleEvents.json("dis.json");
		JsonNode records = sample.path("Message").path("records");
		DisEvent dis = translate("dis.json", DisEvent.class);
		assertThat(dis.streamName()).isEqualTo(sample.path("StreamName").asString());
		assertThat(dis.shardId()).isEqualTo(sample.path("ShardID").asString());
		assertThat(dis.records()).hasSize(records.size()).hasSizeGreaterThan(1);
		for (int i = 0; i < records.size(); i++) {
			JsonNode sent = records.get(i);
			DisEvent.Record record = dis.records().get(i);
			assertThat(sent.path("sequence_number").isString()).isTrue();
			assertThat(record.partitionKey()).isEqualTo(sent.path("partition_key").asString());
			assertThat(record.sequenceNumber()).isEqualTo(Long.parseLong(sent.path("sequence_number").asString()));
			byte[] data = Base64.getDecoder().decode(sent.path("data").asString());
			assertThat(record.data()).isEqualTo(data);
			assertThat(record.dataAsString()).isEqualTo(new String(data, StandardCharsets.UTF_8)).isNotEmpty();
		}
	}

	@Test
	void disSequenceNumbersMayBeNumbersOrStrings() {
		DisEvent dis = translate("""
				{"StreamName":"s","Message":{"records":[{"partition_key":"p","sequence_number":7,"data":""},
				 {"partition_key":"p","sequence_number":"8","data":"AQI="},{"data":""}]}}
				""", DisEvent.class);
		assertThat(dis.records()).containsExactly(new DisEvent.Record("p", 7, new byte[0]),
				new DisEvent.Record("p", 8, new byte[] { 1, 2 }), new DisEvent.Record("", -1, new byte[0]));
		assertThat(dis.shardId()).isEmpty();
	}

	@Test
	void disDataThatIsNotBase64IsABadRequest() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> translate(
					"{\"StreamName\":\"s\",\"Message\":{\"records\":[{\"sequence_number\":\"0\",\"data\":\"%%%%\"}]}}",
					DisEvent.class))
			.withMessageContaining("base64")
			.satisfies((ex) -> assertThat(ex.httpStatus()).isEqualTo(400));
	}

	@Test
	void disRecordsAreEqualByTheirDataBytes() {
		DisEvent.Record record = new DisEvent.Record("p", 1, new byte[] { 1, 2 });
		DisEvent.Record same = new DisEvent.Record("p", 1, new byte[] { 1, 2 });
		assertThat(record).isEqualTo(same).hasSameHashCodeAs(same);
		assertThat(record).isNotEqualTo(new DisEvent.Record("p", 1, new byte[] { 1, 3 }));
		assertThat(record).isNotEqualTo(new DisEvent.Record("q", 1, new byte[] { 1, 2 }));
		assertThat(record).isNotEqualTo(new DisEvent.Record("p", 2, new byte[] { 1, 2 }));
		assertThat(record).hasToString("Record[partitionKey=p, sequenceNumber=1, 2 data bytes]");
	}

	@Test
	void kafkaSampleIsAKafkaEvent() {
		JsonNode sample = FgSampleEvents.json("kafka.json");
		JsonNode records = sample.path("records");
		KafkaEvent kafka = translate("kafka.json", KafkaEvent.class);
		assertThat(kafka.region()).isEqualTo(sample.path("region").asString());
		assertThat(kafka.instanceId()).isEqualTo(sample.path("instance_id").asString());
		assertThat(kafka.eventTime()).isEqualTo(Instant.ofEpochSecond(sample.path("event_time").asLong()));
		assertThat(kafka.records()).hasSize(records.size());
		for (int i = 0; i < records.size(); i++) {
			JsonNode sent = records.get(i);
			KafkaEvent.Batch batch = kafka.records().get(i);
			assertThat(batch.topicId()).isEqualTo(sent.path("topic_id").asString());
			assertThat(batch.messages()).isEqualTo(sent.path("messages").valueStream().map(JsonNode::asString).toList())
				.isNotEmpty();
		}
	}

	@Test
	void kafkaEventTimeMayBeANumericString() {
		KafkaEvent kafka = translate("""
				{"event_time":"1576737962","records":[{"topic_id":"t","messages":["m"]}]}
				""", KafkaEvent.class);
		assertThat(kafka.eventTime()).isEqualTo(Instant.ofEpochSecond(1576737962));
		assertThat(kafka.records()).containsExactly(new KafkaEvent.Batch("t", List.of("m")));
		assertThat(kafka.region()).isEmpty();
	}

	@Test
	void kafkaEventTimeThatIsNotANumberIsABadRequest() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> translate("{\"event_time\":\"soon\",\"records\":[]}", KafkaEvent.class))
			.withMessageContaining("soon");
	}

	@Test
	void apigSampleIsAnHttpRequest() {
		JsonNode sample = FgSampleEvents.json("apig.json");
		HttpRequestEvent request = translate("apig.json", HttpRequestEvent.class);
		assertThat(request.method()).isEqualTo(sample.path("httpMethod").asString());
		assertThat(request.path()).isEqualTo(sample.path("path").asString());
	}

	@Test
	void eventsOfAnotherShapeAreLeftToPlainJsonMapping() {
		assertThat(this.translator.translate(FgSampleEvents.bytes("smn.json"), ObjectStorageEvent.class)).isEmpty();
		assertThat(this.translator.translate(FgSampleEvents.bytes("obs.json"), SmnEvent.class)).isEmpty();
		assertThat(this.translator.translate(FgSampleEvents.bytes("kafka.json"), DisEvent.class)).isEmpty();
		assertThat(this.translator.translate(FgSampleEvents.bytes("dis.json"), KafkaEvent.class)).isEmpty();
		assertThat(this.translator.translate(FgSampleEvents.bytes("timer.json"), HttpRequestEvent.class)).isEmpty();
		byte[] scfCosSample = FgSampleEvents.resource("/events/tencent/cos.json");
		assertThat(this.translator.translate(scfCosSample, ObjectStorageEvent.class)).isEmpty();
		assertThat(translateOrEmpty("{\"changes\":[]}", ObjectStorageEvent.class)).isEmpty();
		assertThat(translateOrEmpty("{\"records\":[{\"topic_id\":\"t\"}]}", KafkaEvent.class)).isEmpty();
		assertThat(translateOrEmpty("{\"Message\":{\"records\":[]}}", DisEvent.class)).isEmpty();
		assertThat(translateOrEmpty("{\"record\":{\"smn\":{}}}", SmnEvent.class)).isEmpty();
	}

	@Test
	void invalidJsonIsNotAFunctionGraphEvent() {
		assertThat(translateOrEmpty("{\"record\":[", SmnEvent.class)).isEmpty();
		assertThat(translateOrEmpty("not json", TimerEvent.class)).isEmpty();
		assertThat(this.translator.translate(new byte[0], DisEvent.class)).isEmpty();
	}

	private ObjectChange obsChange(String key) {
		ObjectStorageEvent storage = translate("""
				{"Records":[{"eventName":"ObjectCreated:Put","awsRegion":"eu-de","s3":{"bucket":{"name":"b"},
				 "object":{"key":"%s","size":"12"}}}]}
				""".formatted(key), ObjectStorageEvent.class);
		assertThat(storage.changes()).singleElement().extracting(ObjectChange::size).isEqualTo(12L);
		return storage.changes().get(0);
	}

	private <T> T translate(String sampleOrJson, Class<T> type) {
		byte[] event = sampleOrJson.endsWith(".json") ? FgSampleEvents.bytes(sampleOrJson)
				: sampleOrJson.getBytes(StandardCharsets.UTF_8);
		return type.cast(this.translator.translate(event, type).orElseThrow());
	}

	private Optional<Object> translateOrEmpty(String json, Class<?> type) {
		return this.translator.translate(json.getBytes(StandardCharsets.UTF_8), type);
	}

}
