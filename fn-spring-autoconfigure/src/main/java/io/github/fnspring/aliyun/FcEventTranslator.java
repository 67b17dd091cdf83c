package io.github.fnspring.aliyun;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.fnspring.core.InvalidInputException;
import io.github.fnspring.event.HttpRequestEvent;
import io.github.fnspring.event.ObjectStorageEvent;
import io.github.fnspring.event.ObjectStorageEvent.ObjectChange;
import io.github.fnspring.event.TimerEvent;
import io.github.fnspring.platform.PlatformEventTranslator;

/** FC's timer, OSS and HTTP-trigger events as the portable event types. */
final class FcEventTranslator implements PlatformEventTranslator {

	private final FcHttpTriggerEvent httpTriggerEvent = new FcHttpTriggerEvent();

	@Override
	public Optional<Object> translate(byte[] event, Class<?> portableType) {
		if (portableType == HttpRequestEvent.class) {
			return this.httpTriggerEvent.parse(event).map(Object.class::cast);
		}
		JsonNode root;
		try {
			root = JsonMapper.shared().readTree(event);
		}
		catch (JacksonException ex) {
			return Optional.empty();
		}
		if (portableType == TimerEvent.class && root.has("triggerTime")) {
			return Optional.of(new TimerEvent(instant(root.path("triggerTime")), root.path("triggerName").asString(""),
					root.path("payload").asString("")));
		}
		if (portableType == ObjectStorageEvent.class && root.path("events").isArray()) {
			return Optional.of(objectStorageEvent(root.path("events")));
		}
		return Optional.empty();
	}

	private static ObjectStorageEvent objectStorageEvent(JsonNode events) {
		List<ObjectChange> changes = new ArrayList<>();
		for (JsonNode event : events) {
			JsonNode oss = event.path("oss");
			JsonNode object = oss.path("object");
			changes.add(new ObjectChange(event.path("eventName").asString(""), event.path("region").asString(""),
					oss.path("bucket").path("name").asString(""), object.path("key").asString(""),
					object.path("size").asLong(-1), object.path("eTag").asString(""),
					event.has("eventTime") ? instant(event.path("eventTime")) : null));
		}
		return new ObjectStorageEvent(changes);
	}

	private static Instant instant(JsonNode value) {
		try {
			return Instant.parse(value.asString());
		}
		catch (DateTimeParseException ex) {
			throw InvalidInputException.badRequest("Invalid time in FC event: '" + value.asString() + "'", ex);
		}
	}

}
