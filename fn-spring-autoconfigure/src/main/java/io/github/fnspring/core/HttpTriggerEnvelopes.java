package io.github.fnspring.core;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.springframework.util.MimeType;

import tools.jackson.databind.JsonNode;

/**
 * What the vendors' {@link HttpTriggerEnvelope}s have in common. FC's HTTP trigger, SCF's
 * API Gateway and FunctionGraph's APIG all carry the body as {@code body} plus
 * {@code isBase64Encoded}, and every event passes through {@code parse}, so ruling
 * non-HTTP events out must not cost a JSON parse.
 */
public final class HttpTriggerEnvelopes {

	private HttpTriggerEnvelopes() {
	}

	/** The bytes of a JSON object key, quotes included, for {@link #isObjectWithKeys}. */
	public static byte[] jsonKey(String name) {
		return ('"' + name + '"').getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * Whether the event may be a JSON object with all these keys: a byte scan that rules
	 * most other events out before they are parsed. A match still has to be parsed.
	 * @param keys keys made by {@link #jsonKey}
	 */
	public static boolean isObjectWithKeys(byte[] event, byte[]... keys) {
		if (!startsWithBrace(event)) {
			return false;
		}
		for (byte[] key : keys) {
			if (indexOf(event, key) < 0) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A query string for parameters the envelope sends already parsed, so that
	 * {@link io.github.fnspring.event.HttpRequestEvent#rawQuery()} is filled as for a raw
	 * HTTP request: names and values URL-encoded, each value of a name repeated.
	 */
	public static String rawQuery(Map<String, List<String>> parameters) {
		StringJoiner rawQuery = new StringJoiner("&");
		parameters.forEach((name, values) -> values.forEach((value) -> rawQuery
			.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8))));
		return rawQuery.toString();
	}

	/**
	 * The request body of an envelope: {@code body} as UTF-8, or decoded when
	 * {@code isBase64Encoded} is true; empty when there is none.
	 * @throws InvalidInputException when the body is marked base64 but is not
	 */
	public static byte[] readBody(JsonNode envelope) {
		String body = envelope.path("body").asString("");
		if (!envelope.path("isBase64Encoded").asBoolean(false)) {
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

	/**
	 * Puts {@code isBase64Encoded} and {@code body} into an envelope response: text as it
	 * is, anything else base64, since the envelope is JSON and cannot carry raw bytes.
	 */
	public static void writeBody(Map<String, Object> response, String contentType, byte[] body) {
		boolean base64 = body.length > 0 && !isText(contentType);
		response.put("isBase64Encoded", base64);
		response.put("body", base64 ? Base64.getEncoder().encodeToString(body) : new String(body, StandardCharsets.UTF_8));
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
