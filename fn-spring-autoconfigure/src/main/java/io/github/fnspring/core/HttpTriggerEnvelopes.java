package io.github.fnspring.core;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the vendors' {@link HttpTriggerEnvelope}s have in common. FC's HTTP trigger, SCF's
 * API Gateway and FunctionGraph's APIG all carry the body as {@code body} plus
 * {@code isBase64Encoded}, and every event passes through {@code parse}, so ruling
 * non-HTTP events out must not cost a JSON parse.
 */
public final class HttpTriggerEnvelopes {

	private static final Pattern WHITESPACE = Pattern.compile("\\s");

	/**
	 * The most JSON tokens read from an event that looks like an HTTP-trigger event. A real
	 * one has a few hundred (its body is one token, however large); a million headers would
	 * take hundreds of MB as a tree.
	 */
	static final long MAX_ENVELOPE_TOKENS = 20_000;

	private static final JsonMapper ENVELOPE_READER = JsonMapper
		.builder(JsonFactory.builder()
			.streamReadConstraints(StreamReadConstraints.builder().maxTokenCount(MAX_ENVELOPE_TOKENS).build())
			.build())
		.build();

	private HttpTriggerEnvelopes() {
	}

	/** The bytes of a JSON object key, quotes included, for {@link #readObjectWithKeys}. */
	public static byte[] jsonKey(String name) {
		return ('"' + name + '"').getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * The event as a JSON tree, if it may be an object with all these keys. A byte scan
	 * rules most other events out before anything is parsed; the caller still checks the
	 * tree's shape.
	 * @param keys keys made by {@link #jsonKey}
	 * @return empty when a key is missing or the event is not a JSON object
	 */
	public static Optional<JsonNode> readObjectWithKeys(byte[] event, byte[]... keys) {
		if (!isObjectWithKeys(event, keys)) {
			return Optional.empty();
		}
		try {
			return Optional.of(ENVELOPE_READER.readTree(event));
		}
		catch (StreamConstraintsException ex) {
			throw InvalidInputException.badRequest("The event has too many entries to be an HTTP-trigger event: at "
					+ "most " + MAX_ENVELOPE_TOKENS + " JSON tokens are read", ex);
		}
		catch (JacksonException ex) {
			return Optional.empty();
		}
	}

	private static boolean isObjectWithKeys(byte[] event, byte[]... keys) {
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
	 * Headers sent as a JSON object whose values are strings or arrays of strings, by
	 * lower-case name, each with all its values; names that differ only in case come
	 * together.
	 */
	public static Map<String, List<String>> readHeaders(JsonNode headers) {
		return readMultiValues(headers, (name) -> name.toLowerCase(Locale.ROOT));
	}

	/**
	 * Query parameters sent as a JSON object whose values are strings or arrays of strings,
	 * each with all its values.
	 */
	public static Map<String, List<String>> readParameters(JsonNode parameters) {
		return readMultiValues(parameters, UnaryOperator.identity());
	}

	private static Map<String, List<String>> readMultiValues(JsonNode object, UnaryOperator<String> key) {
		Map<String, List<String>> multiValues = new LinkedHashMap<>();
		object.properties().forEach((property) -> {
			JsonNode value = property.getValue();
			List<String> values = value.isArray()
					? value.valueStream().map((element) -> element.asString("")).toList() : List.of(value.asString(""));
			multiValues.merge(key.apply(property.getKey()), values,
					(current, added) -> Stream.concat(current.stream(), added.stream()).toList());
		});
		return multiValues;
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
	 * {@code isBase64Encoded} is true; empty when there is none. Base64 is decoded strictly
	 * (line breaks and spaces aside): a lenient decoder would drop illegal characters and
	 * turn a broken body into a different one.
	 * @throws InvalidInputException when the body is marked base64 but is not
	 */
	public static byte[] readBody(JsonNode envelope) {
		String body = envelope.path("body").asString("");
		if (!envelope.path("isBase64Encoded").asBoolean(false)) {
			return body.getBytes(StandardCharsets.UTF_8);
		}
		try {
			return Base64.getDecoder().decode(WHITESPACE.matcher(body).replaceAll(""));
		}
		catch (IllegalArgumentException ex) {
			throw InvalidInputException.badRequest("The HTTP-trigger event's body is marked base64 but is not: "
					+ ex.getMessage(), ex);
		}
	}

	/**
	 * The answer {@code {"statusCode","headers","isBase64Encoded","body"}}: the body as it is
	 * when it is text, otherwise base64, since the answer is JSON and cannot carry raw bytes.
	 * @param headers the response headers already in the vendor's form (joined values or
	 * arrays); {@code Content-Type} is added unless one of them sets it
	 */
	public static byte[] response(int status, Map<String, Object> headers, @Nullable String contentType, byte[] body) {
		return response(status, headers, contentType, body, true);
	}

	/**
	 * The answer, as {@link #response(int, Map, String, byte[])} but with
	 * {@code isBase64Encoded} written only when the body is base64 unless
	 * {@code alwaysSayBase64}: for envelopes whose documented answer has no such field.
	 */
	public static byte[] response(int status, Map<String, Object> headers, @Nullable String contentType, byte[] body,
			boolean alwaysSayBase64) {
		Map<String, Object> allHeaders = new LinkedHashMap<>();
		// A text type the function set says its charset too: the body is UTF-8
		headers.forEach((name, value) -> allHeaders.put(name, ("content-type".equalsIgnoreCase(name)
				&& value instanceof String type) ? ContentTypes.withUtf8Charset(type) : value));
		if (contentType != null && headers.keySet().stream().noneMatch("content-type"::equalsIgnoreCase)) {
			allHeaders.put("Content-Type", ContentTypes.withUtf8Charset(contentType));
		}
		boolean base64 = body.length > 0 && !ContentTypes.isTextual(contentType);
		Map<String, Object> response = new LinkedHashMap<>();
		response.put("statusCode", status);
		response.put("headers", allHeaders);
		if (base64 || alwaysSayBase64) {
			response.put("isBase64Encoded", base64);
		}
		response.put("body", base64 ? Base64.getEncoder().encodeToString(body) : new String(body, StandardCharsets.UTF_8));
		return JsonMapper.shared().writeValueAsBytes(response);
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
