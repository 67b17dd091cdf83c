package io.github.fnspring.test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import io.github.fnspring.event.HttpRequestEvent;

/**
 * Where one cloud's event of one trigger keeps the fields a test sets: a writer per field, and
 * the object holding the headers of an HTTP event.
 */
final class SampleEventShape {

	/** The fields {@link SampleEvent} sets by name. */
	enum Field {

		BODY, METHOD, PATH, PAYLOAD, BUCKET, KEY, MESSAGE

	}

	/** Writes one field's value into an event. */
	@FunctionalInterface
	interface Writer {

		void write(ObjectNode event, String value);

	}

	private final Map<Field, Writer> writers;

	private final @Nullable String headers;

	private SampleEventShape(Map<Field, Writer> writers, @Nullable String headers) {
		this.writers = writers;
		this.headers = headers;
	}

	/** An HTTP event: its body (plain text from then on), headers, method and paths. */
	static SampleEventShape http(String body, @Nullable String base64Flag, String headers, String method,
			String... paths) {
		Map<Field, Writer> writers = new EnumMap<>(Field.class);
		writers.put(Field.BODY, (event, value) -> {
			put(event, body, value);
			if (base64Flag != null) {
				put(event, base64Flag, false);
			}
		});
		writers.put(Field.METHOD, text(method));
		writers.put(Field.PATH, text(paths));
		return new SampleEventShape(writers, headers);
	}

	static SampleEventShape timer(String payload) {
		return of(Field.PAYLOAD, text(payload));
	}

	/** An object-storage event whose bucket and key are written as given (FC's OSS). */
	static SampleEventShape objectStorage(String bucket, String key) {
		return objectStorage(text(bucket), text(key));
	}

	static SampleEventShape objectStorage(Writer bucket, Writer key) {
		Map<Field, Writer> writers = new EnumMap<>(Field.class);
		writers.put(Field.BUCKET, bucket);
		writers.put(Field.KEY, key);
		return new SampleEventShape(writers, null);
	}

	/** A message event: the first record's message. */
	static SampleEventShape message(Writer message) {
		return of(Field.MESSAGE, message);
	}

	/** A trigger with no field of its own to set by name. */
	static SampleEventShape none() {
		return new SampleEventShape(Map.of(), null);
	}

	private static SampleEventShape of(Field field, Writer writer) {
		Map<Field, Writer> writers = new EnumMap<>(Field.class);
		writers.put(field, writer);
		return new SampleEventShape(writers, null);
	}

	/** Writes the text at each pointer. */
	static Writer text(String... pointers) {
		return (event, value) -> {
			for (String pointer : pointers) {
				put(event, pointer, value);
			}
		};
	}

	/** This HTTP shape, its path also written URL-encoded at another pointer. */
	SampleEventShape withEncodedPath(String pointer) {
		Writer decoded = Objects.requireNonNull(this.writers.get(Field.PATH), "an HTTP shape writes its path");
		Map<Field, Writer> writers = new EnumMap<>(this.writers);
		writers.put(Field.PATH, (event, value) -> {
			decoded.write(event, value);
			put(event, pointer, encodedPath(value));
		});
		return new SampleEventShape(writers, this.headers);
	}

	/** A decoded path as a URL carries it, encoded as fn-spring encodes an event's path. */
	private static String encodedPath(String path) {
		return new HttpRequestEvent("GET", path, "", null, null, null).rawPath();
	}

	/** Writes the text's UTF-8 bytes in base64 (DIS's record data). */
	static Writer base64(String pointer) {
		return (event, value) -> put(event, pointer,
				Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8)));
	}

	/** Writes the text URL-encoded, as S3-format notifications (OBS's) carry object keys. */
	static Writer urlEncoded(String pointer) {
		return (event, value) -> put(event, pointer, URLEncoder.encode(value, StandardCharsets.UTF_8));
	}

	@Nullable Writer writer(Field field) {
		return this.writers.get(field);
	}

	@Nullable String headers() {
		return this.headers;
	}

	/** Sets a value at a JSON pointer whose parent object or array exists. */
	static void put(JsonNode event, String pointer, Object value) {
		JsonPointer path = JsonPointer.compile(pointer);
		JsonNode parent = event.at(path.head());
		JsonPointer last = path.last();
		JsonNode json = SampleEvent.json.valueToTree(value);
		if (parent instanceof ObjectNode object) {
			object.set(last.getMatchingProperty(), json);
		}
		else if (parent instanceof ArrayNode array && last.mayMatchElement() && last.getMatchingIndex() < array.size()) {
			array.set(last.getMatchingIndex(), json);
		}
		else {
			throw new IllegalArgumentException("The event has no object or array to hold " + pointer);
		}
	}

}
