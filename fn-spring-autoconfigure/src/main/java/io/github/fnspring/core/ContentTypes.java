package io.github.fnspring.core;

import org.jspecify.annotations.Nullable;
import org.springframework.util.MimeType;

/** Which bodies are text: envelopes carry text as it is and anything else base64-encoded. */
public final class ContentTypes {

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
