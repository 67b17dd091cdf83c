package io.github.fnspring.core;

import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;
import org.springframework.util.MimeType;

/** Which bodies are text, and how text says its charset. */
public final class ContentTypes {

	private static final String TEXT_PLAIN = "text/plain";

	private static final String TEXT_PLAIN_UTF8 = "text/plain;charset=UTF-8";

	private ContentTypes() {
	}

	/** Text, JSON, or no content type at all; a malformed content type is not text. */
	public static boolean isTextOrJson(@Nullable String contentType) {
		if (contentType == null) {
			return true;
		}
		MimeType type = parse(contentType);
		return type != null && isTextOrJson(type);
	}

	/** Also XML, JavaScript and form data, which HTTP-trigger envelopes carry as text. */
	static boolean isTextual(@Nullable String contentType) {
		if (contentType == null) {
			return true;
		}
		MimeType type = parse(contentType);
		if (type == null) {
			return false;
		}
		String subtype = type.getSubtype();
		return isTextOrJson(type) || subtype.endsWith("xml") || "javascript".equals(subtype)
				|| "x-www-form-urlencoded".equals(subtype);
	}

	/**
	 * A text content type says its charset: fn-spring writes text as UTF-8, and without the
	 * charset gateways and browsers may read Chinese text as mojibake. Other types, and text
	 * that names a charset, are left as they are.
	 */
	public static String withUtf8Charset(String contentType) {
		// What Spring Cloud Function gives every text result: no parse on the per-call path
		if (TEXT_PLAIN.equals(contentType)) {
			return TEXT_PLAIN_UTF8;
		}
		MimeType type = parse(contentType);
		if (type == null || !"text".equals(type.getType()) || type.getCharset() != null) {
			return contentType;
		}
		return new MimeType(type, StandardCharsets.UTF_8).toString();
	}

	private static boolean isTextOrJson(MimeType type) {
		String subtype = type.getSubtype();
		return "text".equals(type.getType()) || "json".equals(subtype) || subtype.endsWith("+json");
	}

	private static @Nullable MimeType parse(String contentType) {
		try {
			return MimeType.valueOf(contentType);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
