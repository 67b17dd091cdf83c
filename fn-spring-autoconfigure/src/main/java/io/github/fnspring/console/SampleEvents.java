package io.github.fnspring.console;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The sample events the console fills in for a cloud and a trigger: each cloud's events as its
 * documentation shows them (fn-spring's protocol reference), plus a plain JSON event for a
 * function invoked directly.
 */
final class SampleEvents {

	/** A function invoked directly, with an event of the user's own. */
	static final String PLAIN = "plain";

	private static final String PLAIN_EVENT = "{\n  \"hello\": \"world\"\n}\n";

	/** Each cloud's sample events, from fn-spring's protocol reference: the test kit reads them too. */
	private static final String SAMPLES = "/io/github/fnspring/event/samples/";

	/** The triggers of each cloud, in the order the console offers them. */
	static final Map<String, List<String>> TRIGGERS = triggers();

	private SampleEvents() {
	}

	private static Map<String, List<String>> triggers() {
		Map<String, List<String>> triggers = new LinkedHashMap<>();
		// the test kit's trigger names (SampleEvents of fn-spring-test), and the same files
		triggers.put("aliyun", List.of(PLAIN, "http", "timer", "object-storage", "mns-topic", "cloudevent-mns-queue"));
		triggers.put("tencent", List.of(PLAIN, "api-gateway", "http", "timer", "object-storage", "cmq-topic", "ckafka"));
		triggers.put("huawei", List.of(PLAIN, "http", "timer", "object-storage", "smn", "dis", "kafka"));
		return Collections.unmodifiableMap(triggers);
	}

	/** The sample event, or {@code null} for a cloud or trigger the console does not know. */
	static @Nullable String of(String cloud, String trigger) throws IOException {
		List<String> known = TRIGGERS.get(cloud);
		if (known == null || !known.contains(trigger)) {
			return null;
		}
		if (PLAIN.equals(trigger)) {
			return PLAIN_EVENT;
		}
		try (InputStream in = SampleEvents.class.getResourceAsStream(SAMPLES + cloud + "/" + trigger + ".json")) {
			return (in != null) ? new String(in.readAllBytes(), StandardCharsets.UTF_8) : null;
		}
	}

}
