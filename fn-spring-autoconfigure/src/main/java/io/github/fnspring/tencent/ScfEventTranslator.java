package io.github.fnspring.tencent;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.fnspring.core.EventRecords;
import io.github.fnspring.core.EventTimes;
import io.github.fnspring.event.HttpRequestEvent;
import io.github.fnspring.event.ObjectStorageEvent;
import io.github.fnspring.event.ObjectStorageEvent.ObjectChange;
import io.github.fnspring.event.TimerEvent;
import io.github.fnspring.platform.PlatformEventTranslator;

/**
 * SCF's timer, COS, function URL and API Gateway events as the portable event types, and its CKafka
 * and CMQ topic events as {@link CkafkaEvent} and {@link CmqTopicEvent}.
 *
 * <p>COS sends an object's key as {@code /<appid>/<bucket>/<key>}. That prefix is removed
 * when it names the record's own appid and bucket, so that {@link ObjectChange#key()} is
 * the key within the bucket, as FC's OSS events give it and as the COS API takes it; a
 * key without the prefix is kept as sent. The region is kept as COS sends it, which may
 * be a short code ({@code cd} for {@code ap-chengdu} in SCF's sample). COS's event time is
 * in epoch seconds.
 *
 * <p>Numeric fields are read whether SCF sends them as numbers or as strings, since its
 * events do both; an empty string counts as not sent. An event that is not in SCF's shape
 * for the type is left to plain JSON mapping.
 */
final class ScfEventTranslator implements PlatformEventTranslator {

	private final ScfFunctionUrlEvent functionUrlEvent = new ScfFunctionUrlEvent();

	private final ScfApiGatewayEvent apiGatewayEvent = new ScfApiGatewayEvent();

	@Override
	public boolean supports(Class<?> type) {
		return PlatformEventTranslator.super.supports(type) || type == CkafkaEvent.class || type == CmqTopicEvent.class;
	}

	@Override
	public Optional<Object> translate(byte[] event, Class<?> portableType) {
		if (portableType == HttpRequestEvent.class) {
			return this.functionUrlEvent.parse(event)
				.or(() -> this.apiGatewayEvent.parse(event))
				.map(Object.class::cast);
		}
		JsonNode root;
		try {
			root = JsonMapper.shared().readTree(event);
		}
		catch (JacksonException ex) {
			return Optional.empty();
		}
		if (portableType == TimerEvent.class && "Timer".equals(root.path("Type").asString(""))) {
			return Optional.of(new TimerEvent(EventTimes.iso(root.path("Time")), root.path("TriggerName").asString(""),
					root.path("Message").asString("")));
		}
		if (portableType == ObjectStorageEvent.class) {
			return EventRecords.read(root, "Records", "cos", ScfEventTranslator::objectChange)
				.map(ObjectStorageEvent::new);
		}
		if (portableType == CkafkaEvent.class) {
			return EventRecords.read(root, "Records", "Ckafka", ScfEventTranslator::kafkaMessage).map(CkafkaEvent::new);
		}
		if (portableType == CmqTopicEvent.class) {
			return EventRecords.read(root, "Records", "CMQ", ScfEventTranslator::topicMessage).map(CmqTopicEvent::new);
		}
		return Optional.empty();
	}

	private static ObjectChange objectChange(JsonNode record) {
		JsonNode cos = record.path("cos");
		JsonNode object = cos.path("cosObject");
		JsonNode bucket = cos.path("cosBucket");
		JsonNode event = record.path("event");
		String bucketName = bucket.path("name").asString("");
		return new ObjectChange(event.path("eventName").asString(""), bucket.path("region").asString(""), bucketName,
				objectKey(object.path("key").asString(""), bucket.path("appid").asString(""), bucketName),
				object.path("size").asLong(-1), object.path("meta").path("ETag").asString(""),
				EventTimes.epochSecondsOrNull(event.path("eventTime")));
	}

	/** The key within the bucket, without the {@code /<appid>/<bucket>/} COS puts first. */
	private static String objectKey(String key, String appId, String bucket) {
		String prefix = "/" + appId + "/" + bucket + "/";
		return key.startsWith(prefix) ? key.substring(prefix.length()) : key;
	}

	private static CkafkaEvent.Message kafkaMessage(JsonNode record) {
		JsonNode kafka = record.path("Ckafka");
		return new CkafkaEvent.Message(kafka.path("topic").asString(""), kafka.path("partition").asInt(-1),
				kafka.path("offset").asLong(-1), kafka.path("msgKey").asString(""), kafka.path("msgBody").asString(""));
	}

	private static CmqTopicEvent.Message topicMessage(JsonNode record) {
		JsonNode cmq = record.path("CMQ");
		return new CmqTopicEvent.Message(cmq.path("topicOwner").asString(""), cmq.path("topicName").asString(""),
				cmq.path("subscriptionName").asString(""), EventTimes.isoOrNull(cmq.path("publishTime")),
				cmq.path("msgId").asString(""), cmq.path("requestId").asString(""), cmq.path("msgBody").asString(""),
				tags(cmq.path("msgTag").asString("")));
	}

	/** SCF's {@code "tag1,tag2"}; no tags when it is empty. */
	private static List<String> tags(String msgTag) {
		return Arrays.stream(msgTag.split(",")).map(String::trim).filter((tag) -> !tag.isEmpty()).toList();
	}

}
