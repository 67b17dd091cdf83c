package io.github.fnspring.aliyun;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.util.MimeType;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.fnspring.core.HttpTriggerEnvelope;
import io.github.fnspring.core.InvalidInputException;
import io.github.fnspring.event.HttpRequestEvent;
import io.github.fnspring.server.HttpExchanges;

/**
 * FC 3.0's HTTP-trigger event, as delivered to event handlers, and its answer shape
 * {@code {"statusCode","headers","isBase64Encoded","body"}}. FC joins repeated headers and
 * query parameters with commas; they are kept joined, since a comma inside a value cannot
 * be told apart.
 */
public final class FcHttpTriggerEvent implements HttpTriggerEnvelope {

	private static final byte[] REQUEST_CONTEXT = "\"requestContext\"".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] RAW_PATH = "\"rawPath\"".getBytes(StandardCharsets.US_ASCII);

	/** Parses the event if it is an HTTP-trigger event; a byte scan rules most events out first. */
	@Override
	public Optional<HttpRequestEvent> parse(byte[] event) {
		if (!startsWithBrace(event) || indexOf(event, REQUEST_CONTEXT) < 0 || indexOf(event, RAW_PATH) < 0) {
			return Optional.empty();
		}
		JsonNode root;
		try {
			root = JsonMapper.shared().readTree(event);
		}
		catch (JacksonException ex) {
			return Optional.empty();
		}
		JsonNode http = root.path("requestContext").path("http");
		if (!http.path("method").isString()) {
			return Optional.empty();
		}
		return Optional.of(toRequest(root, http));
	}

	private static HttpRequestEvent toRequest(JsonNode root, JsonNode http) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		root.path("headers").properties()
			.forEach((header) -> headers.put(header.getKey().toLowerCase(Locale.ROOT), List.of(header.getValue().asString())));
		Map<String, List<String>> query = new LinkedHashMap<>();
		StringBuilder rawQuery = new StringBuilder();
		root.path("queryParameters").properties().forEach((parameter) -> {
			String value = parameter.getValue().asString();
			query.computeIfAbsent(parameter.getKey(), (key) -> new ArrayList<>()).add(value);
			rawQuery.append(rawQuery.isEmpty() ? "" : "&")
				.append(URLEncoder.encode(parameter.getKey(), StandardCharsets.UTF_8))
				.append('=')
				.append(URLEncoder.encode(value, StandardCharsets.UTF_8));
		});
		String path = http.path("path").asString("");
		if (path.isEmpty()) {
			path = URLDecoder.decode(root.path("rawPath").asString("/"), StandardCharsets.UTF_8);
		}
		return new HttpRequestEvent(http.path("method").asString().toUpperCase(Locale.ROOT), path, rawQuery.toString(),
				query, headers, body(root));
	}

	private static byte[] body(JsonNode root) {
		String body = root.path("body").asString("");
		if (!root.path("isBase64Encoded").asBoolean(false)) {
			return body.getBytes(StandardCharsets.UTF_8);
		}
		try {
			return Base64.getMimeDecoder().decode(body);
		}
		catch (IllegalArgumentException ex) {
			throw InvalidInputException.badRequest("The HTTP-trigger event's body is marked base64 but is not: "
					+ ex.getMessage(), ex);
		}
	}

	/** The answer to an HTTP-trigger event; non-text bodies are base64. */
	@Override
	public byte[] response(int status, Map<String, List<String>> headers, String contentType, byte[] body) {
		Map<String, Object> response = new LinkedHashMap<>();
		Map<String, String> flatHeaders = new LinkedHashMap<>();
		headers.forEach((name, values) -> {
			if (!HttpExchanges.isServerManaged(name) && !name.toLowerCase(Locale.ROOT).startsWith(FcHeaders.PREFIX)) {
				flatHeaders.put(name, String.join(",", values));
			}
		});
		if (contentType != null && flatHeaders.keySet().stream().noneMatch("content-type"::equalsIgnoreCase)) {
			flatHeaders.put("Content-Type", contentType);
		}
		boolean base64 = body.length > 0 && !isText(contentType);
		response.put("statusCode", status);
		response.put("headers", flatHeaders);
		response.put("isBase64Encoded", base64);
		response.put("body", base64 ? Base64.getEncoder().encodeToString(body) : new String(body, StandardCharsets.UTF_8));
		return JsonMapper.shared().writeValueAsBytes(response);
	}

	private static boolean isText(String contentType) {
		if (contentType == null) {
			return true;
		}
		try {
			MimeType type = MimeType.valueOf(contentType);
			String subtype = type.getSubtype();
			return "text".equals(type.getType()) || "json".equals(subtype) || subtype.endsWith("+json")
					|| subtype.endsWith("xml") || "javascript".equals(subtype) || "x-www-form-urlencoded".equals(subtype);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static boolean startsWithBrace(byte[] event) {
		for (byte b : event) {
			if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
				return b == '{';
			}
		}
		return false;
	}

	private static int indexOf(byte[] data, byte[] pattern) {
		outer: for (int i = 0; i <= data.length - pattern.length; i++) {
			for (int j = 0; j < pattern.length; j++) {
				if (data[i + j] != pattern[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

}
