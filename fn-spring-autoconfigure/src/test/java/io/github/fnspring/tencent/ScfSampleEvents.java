package io.github.fnspring.tencent;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The SCF sample events in {@code src/test/resources/events/tencent}. */
final class ScfSampleEvents {

	private ScfSampleEvents() {
	}

	static byte[] bytes(String name) {
		try (InputStream in = ScfSampleEvents.class.getResourceAsStream("/events/tencent/" + name)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static JsonNode json(String name) {
		return JsonMapper.shared().readTree(bytes(name));
	}

}
