package io.github.fnspring.core;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.util.MimeType;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ObjectMapper;


/**
 * Reads a request body into the payload type a function takes. Conversion failures become
 * {@link InvalidInputException}s that say what was expected, instead of reaching the
 * function as the wrong type.
 */
final class PayloadReader {

	private static final int MAX_DETAIL_LENGTH = 300;

	private final ObjectMapper objectMapper;

	private final EventTranslator translator;

	PayloadReader(ObjectMapper objectMapper, EventTranslator translator) {
		this.objectMapper = objectMapper;
		this.translator = translator;
	}

	/**
	 * @param contentType the body's declared content type, or {@code null} when the
	 * transport has none (event invocations)
	 */
	Object read(ResolvedFunction function, byte[] body, @Nullable String contentType) {
		Class<?> target = function.payloadClass();
		if (target == byte[].class || target == Object.class) {
			return body;
		}
		if (target == String.class) {
			return readString(body);
		}
		if (this.translator.supports(target)) {
			Object translated = this.translator.translate(body, target).orElse(null);
			if (translated != null) {
				return translated;
			}
		}
		return readJson(function, body, contentType);
	}

	/**
	 * A JSON string literal is decoded, anything else is taken as text: checking the first
	 * byte costs nothing, unlike trying to parse every text body as JSON.
	 */
	private String readString(byte[] body) {
		int first = firstNonWhitespace(body);
		if (first >= 0 && body[first] == '"') {
			try {
				return this.objectMapper.readValue(body, String.class);
			}
			catch (JacksonException ex) {
				// a text that merely starts with a quote
			}
		}
		return new String(body, StandardCharsets.UTF_8);
	}

	private Object readJson(ResolvedFunction function, byte[] body, @Nullable String contentType) {
		// only suppliers have no payload type, and no input is read for them
		JavaType payloadType = Objects.requireNonNull(function.payloadType(), "payloadType");
		String typeName = payloadType.toCanonical();
		if (contentType != null && !isJsonCompatible(contentType)) {
			throw new InvalidInputException(415,
					"Content-Type '" + contentType + "' is not supported: expected application/json for " + typeName);
		}
		if (firstNonWhitespace(body) < 0) {
			throw InvalidInputException.badRequest("The body is empty: expected JSON for " + typeName, null);
		}
		Object value;
		try {
			value = this.objectMapper.readValue(body, payloadType);
		}
		catch (JacksonException ex) {
			throw InvalidInputException.badRequest("The body is not valid JSON for " + typeName + ": " + detail(ex), ex);
		}
		if (value == null) {
			throw InvalidInputException.badRequest("The body is JSON null: expected " + typeName, null);
		}
		return value;
	}

	private static boolean isJsonCompatible(String contentType) {
		try {
			MimeType mimeType = MimeType.valueOf(contentType);
			String subtype = mimeType.getSubtype();
			return "json".equals(subtype) || subtype.endsWith("+json") || "octet-stream".equals(subtype)
					|| "*".equals(mimeType.getType());
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static String detail(JacksonException ex) {
		String message = ex.getOriginalMessage();
		if (message == null) {
			return ex.getClass().getSimpleName();
		}
		message = message.lines().findFirst().orElse(message);
		return (message.length() > MAX_DETAIL_LENGTH) ? message.substring(0, MAX_DETAIL_LENGTH) + "..." : message;
	}

	private static int firstNonWhitespace(byte[] body) {
		for (int i = 0; i < body.length; i++) {
			byte b = body[i];
			if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
				return i;
			}
		}
		return -1;
	}

}
