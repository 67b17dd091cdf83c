package io.github.fnspring.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import io.github.fnspring.Vendor;

/**
 * Realistic sample events of each cloud, as its triggers send them, for every trigger
 * fn-spring reads: {@code http} (FC's JSON HTTP-trigger event, SCF's function URL event,
 * FunctionGraph's APIG event), {@code timer} and {@code object-storage} on all three clouds,
 * and the clouds' own: SCF's {@code api-gateway}, {@code ckafka} and {@code cmq-topic};
 * FunctionGraph's {@code smn}, {@code dis} and {@code kafka}.
 *
 * <pre class="code">
 * String timer = SampleEvents.json(Vendor.TENCENT, "timer");
 * String upload = SampleEvents.event(Vendor.ALIYUN, "object-storage").bucket("photos").key("2026/cat.jpg").json();
 * </pre>
 */
public final class SampleEvents {

	/** Where fn-spring keeps each cloud's sample events, from its protocol reference. */
	private static final String SAMPLES = "/io/github/fnspring/event/samples/";

	private static final Map<Vendor, Map<String, SampleEventShape>> shapes = Map.of(Vendor.ALIYUN, aliyun(),
			Vendor.TENCENT, tencent(), Vendor.HUAWEI, huawei());

	private SampleEvents() {
	}

	/**
	 * A sample event as JSON text.
	 * @param trigger one of {@link #triggers(Vendor)}
	 * @throws IllegalArgumentException for a trigger the cloud has no sample of
	 */
	public static String json(Vendor vendor, String trigger) {
		return event(vendor, trigger).json();
	}

	/** A sample event whose fields the test sets before sending it ({@link SampleEvent#json()}). */
	public static SampleEvent event(Vendor vendor, String trigger) {
		SampleEventShape shape = shapesOf(vendor).get(trigger);
		if (shape == null) {
			throw new IllegalArgumentException(
					"No sample " + trigger + " event of " + vendor + "; its triggers are " + triggers(vendor));
		}
		return new SampleEvent(vendor, trigger, shape, read(vendor, trigger));
	}

	/** The triggers a cloud has sample events of, the portable ones first. */
	public static List<String> triggers(Vendor vendor) {
		return List.copyOf(shapesOf(vendor).keySet());
	}

	private static Map<String, SampleEventShape> shapesOf(Vendor vendor) {
		Map<String, SampleEventShape> triggers = shapes.get(vendor);
		if (triggers == null) {
			throw new IllegalArgumentException("A local run is no cloud and has no events of its own: "
					+ "choose ALIYUN, TENCENT or HUAWEI");
		}
		return triggers;
	}

	private static ObjectNode read(Vendor vendor, String trigger) {
		// the same samples the local console offers, in fn-spring's own jar
		String resource = SAMPLES + vendor.name().toLowerCase(Locale.ROOT) + "/" + trigger + ".json";
		try (InputStream in = SampleEvents.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("fn-spring-autoconfigure lacks its resource " + resource);
			}
			return (ObjectNode) SampleEvent.json.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Map<String, SampleEventShape> aliyun() {
		Map<String, SampleEventShape> triggers = new LinkedHashMap<>();
		// FC's event has the path twice: URL-encoded in rawPath, decoded in requestContext.http.path
		triggers.put("http", SampleEventShape.http("/body", "/isBase64Encoded", "/headers",
				"/requestContext/http/method", "/requestContext/http/path").withEncodedPath("/rawPath"));
		triggers.put("timer", SampleEventShape.timer("/payload"));
		triggers.put("object-storage",
				SampleEventShape.objectStorage("/events/0/oss/bucket/name", "/events/0/oss/object/key"));
		return triggers;
	}

	private static Map<String, SampleEventShape> tencent() {
		Map<String, SampleEventShape> triggers = new LinkedHashMap<>();
		triggers.put("http", SampleEventShape.http("/body", null, "/headers", "/httpMethod", "/path"));
		triggers.put("timer", SampleEventShape.timer("/Message"));
		triggers.put("object-storage", SampleEventShape.objectStorage(SampleEvents::cosBucket, SampleEvents::cosKey));
		triggers.put("api-gateway", SampleEventShape.http("/body", null, "/headers", "/httpMethod", "/path"));
		triggers.put("ckafka", SampleEventShape.message(SampleEventShape.text("/Records/0/Ckafka/msgBody")));
		triggers.put("cmq-topic", SampleEventShape.message(SampleEventShape.text("/Records/0/CMQ/msgBody")));
		return triggers;
	}

	private static Map<String, SampleEventShape> huawei() {
		Map<String, SampleEventShape> triggers = new LinkedHashMap<>();
		triggers.put("http", SampleEventShape.http("/body", "/isBase64Encoded", "/headers", "/httpMethod", "/path"));
		triggers.put("timer", SampleEventShape.timer("/user_event"));
		triggers.put("object-storage",
				SampleEventShape.objectStorage(
						SampleEventShape.text("/Records/0/s3/bucket/name"),
						SampleEventShape.urlEncoded("/Records/0/s3/object/key")));
		triggers.put("smn", SampleEventShape.message(SampleEventShape.text("/record/0/smn/message")));
		triggers.put("dis", SampleEventShape.message(SampleEventShape.base64("/Message/records/0/data")));
		triggers.put("kafka", SampleEventShape.message(SampleEventShape.text("/records/0/messages/0")));
		return triggers;
	}

	private static final String COS_RECORD = "/Records/0/cos";

	/** COS keeps the bucket's name, and puts {@code /<appid>/<bucket>/} ahead of every key. */
	private static void cosBucket(ObjectNode event, String bucket) {
		String key = cosKeyWithin(event);
		SampleEventShape.put(event, COS_RECORD + "/cosBucket/name", bucket);
		cosKey(event, key);
	}

	private static void cosKey(ObjectNode event, String key) {
		JsonNode cos = event.at(COS_RECORD);
		String appId = cos.path("cosBucket").path("appid").asString("");
		String bucket = cos.path("cosBucket").path("name").asString("");
		SampleEventShape.put(event, COS_RECORD + "/cosObject/key", "/" + appId + "/" + bucket + "/" + key);
	}

	private static String cosKeyWithin(ObjectNode event) {
		JsonNode cos = event.at(COS_RECORD);
		String prefix = "/" + cos.path("cosBucket").path("appid").asString("") + "/"
				+ cos.path("cosBucket").path("name").asString("") + "/";
		String key = cos.path("cosObject").path("key").asString("");
		return key.startsWith(prefix) ? key.substring(prefix.length()) : key;
	}

}
