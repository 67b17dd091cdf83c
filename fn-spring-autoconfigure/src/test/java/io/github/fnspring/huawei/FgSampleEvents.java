package io.github.fnspring.huawei;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The FunctionGraph sample events in {@code src/test/resources/events/huawei}. */
final class FgSampleEvents {

	private FgSampleEvents() {
	}

	static byte[] bytes(String name) {
		return resource("/events/huawei/" + name);
	}

	static JsonNode json(String name) {
		return JsonMapper.shared().readTree(bytes(name));
	}

	/** A sample of another vendor, e.g. {@code /events/tencent/apigateway.json}. */
	static byte[] resource(String path) {
		try (InputStream in = FgSampleEvents.class.getResourceAsStream(path)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
