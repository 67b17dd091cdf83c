package io.github.fnspring.aliyun;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

import io.github.fnspring.core.HttpTriggerEnvelope;
import io.github.fnspring.core.HttpTriggerEnvelopes;
import io.github.fnspring.event.HttpRequestEvent;
import io.github.fnspring.server.HttpExchanges;

/**
 * FC 3.0's HTTP-trigger event, as delivered to event handlers, and its answer shape
 * {@code {"statusCode","headers","isBase64Encoded","body"}}. FC joins repeated headers and
 * query parameters with commas; they are kept joined, since a comma inside a value cannot
 * be told apart.
 */
final class FcHttpTriggerEvent implements HttpTriggerEnvelope {

	private static final byte[] REQUEST_CONTEXT = HttpTriggerEnvelopes.jsonKey("requestContext");

	private static final byte[] RAW_PATH = HttpTriggerEnvelopes.jsonKey("rawPath");

	/** Parses the event if it is an HTTP-trigger event; a byte scan rules most events out first. */
	@Override
	public Optional<HttpRequestEvent> parse(byte[] event) {
		return HttpTriggerEnvelopes.readObjectWithKeys(event, REQUEST_CONTEXT, RAW_PATH)
			.filter((root) -> root.path("requestContext").path("http").path("method").isString())
			.map(FcHttpTriggerEvent::toRequest);
	}

	private static HttpRequestEvent toRequest(JsonNode root) {
		JsonNode http = root.path("requestContext").path("http");
		Map<String, List<String>> headers = new LinkedHashMap<>();
		root.path("headers").properties()
			.forEach((header) -> headers.put(header.getKey().toLowerCase(Locale.ROOT), List.of(header.getValue().asString())));
		Map<String, List<String>> query = new LinkedHashMap<>();
		root.path("queryParameters").properties()
			.forEach((parameter) -> query.put(parameter.getKey(), List.of(parameter.getValue().asString())));
		String path = http.path("path").asString("");
		if (path.isEmpty()) {
			path = URLDecoder.decode(root.path("rawPath").asString("/"), StandardCharsets.UTF_8);
		}
		return new HttpRequestEvent(http.path("method").asString().toUpperCase(Locale.ROOT), path,
				HttpTriggerEnvelopes.rawQuery(query), query, headers, HttpTriggerEnvelopes.readBody(root));
	}

	/** The answer to an HTTP-trigger event; non-text bodies are base64. */
	@Override
	public byte[] response(int status, Map<String, List<String>> headers, @Nullable String contentType, byte[] body) {
		Map<String, Object> flatHeaders = new LinkedHashMap<>();
		headers.forEach((name, values) -> {
			if (!HttpExchanges.isServerManaged(name) && !name.toLowerCase(Locale.ROOT).startsWith(FcHeaders.PREFIX)) {
				flatHeaders.put(name, String.join(",", values));
			}
		});
		return HttpTriggerEnvelopes.response(status, flatHeaders, contentType, body);
	}

}
