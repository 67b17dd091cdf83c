package io.github.fnspring.huawei;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.fnspring.core.EventRecords;
import io.github.fnspring.core.EventTimes;
import io.github.fnspring.core.InvalidInputException;
import io.github.fnspring.event.HttpRequestEvent;
import io.github.fnspring.event.ObjectStorageEvent;
import io.github.fnspring.event.ObjectStorageEvent.ObjectChange;
import io.github.fnspring.event.TimerEvent;
import io.github.fnspring.platform.PlatformEventTranslator;

/**
 * FunctionGraph's timer, OBS and APIG events as the portable event types, and its SMN,
 * DIS and Kafka events as {@link SmnEvent}, {@link DisEvent} and {@link KafkaEvent}.
 *
 * <p>OBS notifies in the S3 format, which URL-encodes object keys ({@code +} for a space,
 * {@code %2F} for a slash). Keys are decoded, so that {@link ObjectChange#key()} is the
 * real object key, as FC and SCF give it and as the OBS API takes it; a key that is not
 * validly encoded cannot have been encoded by OBS and is kept as sent.
 *
 * <p>The timer's time carries an offset ({@code +08:00}) and is read as the instant it
 * names. DIS sends each record's data base64-encoded; it is decoded. Numeric fields are
 * read whether sent as numbers or as strings (DIS sends its sequence numbers as strings).
 * An event that is not in FunctionGraph's shape for the type is left to plain JSON
 * mapping.
 */
final class FgEventTranslator implements PlatformEventTranslator {

	private final FgApigEvent apigEvent = new FgApigEvent();

	@Override
	public boolean supports(Class<?> type) {
		return PlatformEventTranslator.super.supports(type) || type == SmnEvent.class || type == DisEvent.class
				|| type == KafkaEvent.class;
	}

	@Override
	public Optional<Object> translate(byte[] event, Class<?> portableType) {
		if (portableType == HttpRequestEvent.class) {
			return this.apigEvent.parse(event).map(Object.class::cast);
		}
		JsonNode root;
		try {
			root = JsonMapper.shared().readTree(event);
		}
		catch (JacksonException ex) {
			return Optional.empty();
		}
		if (portableType == TimerEvent.class && "TIMER".equals(root.path("trigger_type").asString(""))) {
			return Optional.of(new TimerEvent(EventTimes.iso(root.path("time")), root.path("trigger_name").asString(""),
					root.path("user_event").asString("")));
		}
		if (portableType == ObjectStorageEvent.class) {
			return EventRecords.read(root, "Records", "s3", FgEventTranslator::objectChange)
				.map(ObjectStorageEvent::new);
		}
		if (portableType == SmnEvent.class) {
			return EventRecords.read(root, "record", "smn", FgEventTranslator::smnMessage).map(SmnEvent::new);
		}
		if (portableType == DisEvent.class && isDisEvent(root)) {
			return Optional.of(new DisEvent(root.path("StreamName").asString(), root.path("ShardID").asString(""),
					root.path("Message").path("records").valueStream().map(FgEventTranslator::disRecord).toList()));
		}
		if (portableType == KafkaEvent.class && isKafkaEvent(root)) {
			return Optional.of(new KafkaEvent(root.path("region").asString(""), root.path("instance_id").asString(""),
					EventTimes.epochSecondsOrNull(root.path("event_time")),
					root.path("records").valueStream().map(FgEventTranslator::kafkaBatch).toList()));
		}
		return Optional.empty();
	}

	private static ObjectChange objectChange(JsonNode record) {
		JsonNode s3 = record.path("s3");
		JsonNode object = s3.path("object");
		return new ObjectChange(record.path("eventName").asString(""), record.path("awsRegion").asString(""),
				s3.path("bucket").path("name").asString(""), objectKey(object.path("key").asString("")),
				object.path("size").asLong(-1), object.path("eTag").asString(""),
				EventTimes.isoOrNull(record.path("eventTime")));
	}

	/** The key as stored: S3-format notifications URL-encode it. */
	private static String objectKey(String key) {
		try {
			return URLDecoder.decode(key, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return key;
		}
	}

	private static SmnEvent.Message smnMessage(JsonNode record) {
		JsonNode smn = record.path("smn");
		Map<String, String> attributes = new LinkedHashMap<>();
		smn.path("message_attributes").properties()
			.forEach((attribute) -> attributes.put(attribute.getKey(), text(attribute.getValue())));
		return new SmnEvent.Message(smn.path("topic_urn").asString(""), EventTimes.isoOrNull(smn.path("timestamp")),
				smn.path("subject").asString(""), smn.path("message").asString(""), smn.path("message_id").asString(""),
				smn.path("type").asString(""), attributes);
	}

	/** DIS's {@code {"StreamName", "ShardID", "Message":{"records":[...]}}}. */
	private static boolean isDisEvent(JsonNode root) {
		return root.path("StreamName").isString() && root.path("Message").path("records").isArray();
	}

	private static DisEvent.Record disRecord(JsonNode record) {
		byte[] data;
		try {
			data = Base64.getDecoder().decode(record.path("data").asString(""));
		}
		catch (IllegalArgumentException ex) {
			throw InvalidInputException.badRequest("A DIS record's data is not base64: " + ex.getMessage(), ex);
		}
		return new DisEvent.Record(record.path("partition_key").asString(""), record.path("sequence_number").asLong(-1),
				data);
	}

	/** Kafka's {@code {"records":[{"topic_id", "messages":[...]}, ...]}}. */
	private static boolean isKafkaEvent(JsonNode root) {
		JsonNode records = root.path("records");
		return records.isArray() && records.valueStream().allMatch((record) -> record.path("messages").isArray());
	}

	private static KafkaEvent.Batch kafkaBatch(JsonNode record) {
		return new KafkaEvent.Batch(record.path("topic_id").asString(""),
				record.path("messages").valueStream().map(FgEventTranslator::text).toList());
	}

	/** A string as sent; any other JSON value as its JSON text, so that nothing is lost. */
	private static String text(JsonNode value) {
		return value.isString() ? value.asString() : value.toString();
	}

}
