package io.github.fnspring.test;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import io.github.fnspring.Vendor;

/**
 * A cloud's sample event of one trigger, with the fields a test cares about set by name, in
 * the place and form that cloud puts them (an SCF COS key behind its app id and bucket, an OBS
 * key URL-encoded, DIS data in base64); any other field by its JSON pointer.
 *
 * <pre class="code">
 * String event = SampleEvents.event(Vendor.HUAWEI, "object-storage").bucket("invoices").key("2026/11/a b.pdf").json();
 * </pre>
 */
public final class SampleEvent {

	static final JsonMapper json = JsonMapper.shared();

	private final Vendor vendor;

	private final String trigger;

	private final SampleEventShape shape;

	private final ObjectNode event;

	SampleEvent(Vendor vendor, String trigger, SampleEventShape shape, ObjectNode event) {
		this.vendor = vendor;
		this.trigger = trigger;
		this.shape = shape;
		this.event = event;
	}

	/** The body of an HTTP event ({@code http}, {@code api-gateway}), as plain text. */
	public SampleEvent body(String body) {
		return write(SampleEventShape.Field.BODY, body);
	}

	/** The method of an HTTP event. */
	public SampleEvent method(String method) {
		return write(SampleEventShape.Field.METHOD, method);
	}

	/**
	 * The path of an HTTP event, decoded (as {@code /café}); where the event also has it
	 * URL-encoded (FC's {@code rawPath}), it is written encoded there.
	 */
	public SampleEvent path(String path) {
		return write(SampleEventShape.Field.PATH, path);
	}

	/** Sets a header of an HTTP event, replacing one of the same name. */
	public SampleEvent header(String name, String value) {
		String headers = this.shape.headers();
		if (headers == null) {
			throw notSettable("headers");
		}
		SampleEventShape.put(this.event, headers + "/" + name.replace("~", "~0").replace("/", "~1"), value);
		return this;
	}

	/** The payload of a timer event (its message, user event or payload, as the cloud names it). */
	public SampleEvent payload(String payload) {
		return write(SampleEventShape.Field.PAYLOAD, payload);
	}

	/** The bucket of an object-storage event's first record. */
	public SampleEvent bucket(String bucket) {
		return write(SampleEventShape.Field.BUCKET, bucket);
	}

	/** The object key of an object-storage event's first record, as the function should see it. */
	public SampleEvent key(String key) {
		return write(SampleEventShape.Field.KEY, key);
	}

	/** The message of a message event's first record ({@code ckafka}, {@code cmq-topic}, {@code smn}, {@code dis}, {@code kafka}). */
	public SampleEvent message(String message) {
		return write(SampleEventShape.Field.MESSAGE, message);
	}

	/**
	 * Sets any field by its JSON pointer, such as {@code /requestContext/http/sourceIp}; the
	 * value is written as JSON (text as a string, numbers, booleans, maps and lists as such).
	 * @throws IllegalArgumentException when the pointer's parent is not in the event
	 */
	public SampleEvent set(String jsonPointer, @Nullable Object value) {
		SampleEventShape.put(this.event, jsonPointer, (value != null) ? value : json.nullNode());
		return this;
	}

	/** The event as JSON text, to send with {@link FnTestClient}. */
	public String json() {
		return json.writeValueAsString(this.event);
	}

	/** The event as a JSON tree, a copy. */
	public JsonNode tree() {
		return this.event.deepCopy();
	}

	@Override
	public String toString() {
		return json();
	}

	private SampleEvent write(SampleEventShape.Field field, String value) {
		SampleEventShape.Writer writer = this.shape.writer(field);
		if (writer == null) {
			throw notSettable(field.name().toLowerCase(Locale.ROOT));
		}
		writer.write(this.event, value);
		return this;
	}

	private IllegalStateException notSettable(String field) {
		return new IllegalStateException(this.vendor + "'s " + this.trigger + " event has no " + field
				+ "; set its fields with set(jsonPointer, value)");
	}

}
