package io.github.fnspring.core;

import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The platforms' trace contexts as W3C {@code traceparent} values, the form Micrometer Tracing's
 * propagators read: FC's Tracing Analysis sends Jaeger's {@code uber-trace-id} form, and a
 * request may carry a {@code traceparent} of its own. Anything malformed is no trace context:
 * a header never fails an invocation.
 */
public final class TraceParents {

	private static final Pattern TRACE_PARENT = Pattern.compile("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");

	private static final Pattern JAEGER = Pattern.compile("([0-9a-fA-F]{1,32}):([0-9a-fA-F]{1,16}):[0-9a-fA-F]{1,16}:([0-9a-fA-F]{1,2})");

	private static final String ZEROS = "0".repeat(32);

	private TraceParents() {
	}

	/**
	 * A {@code traceparent} from Jaeger's {@code traceId:spanId:parentSpanId:flags} (FC's
	 * {@code x-fc-tracing-opentracing-span-context}), ids padded to W3C's lengths as Jaeger's
	 * W3C interoperation does; {@code null} for an empty or malformed value, or all-zero ids.
	 */
	public static @Nullable String fromJaeger(@Nullable String spanContext) {
		if (spanContext == null || spanContext.length() > 80) {
			return null;
		}
		var matcher = JAEGER.matcher(spanContext.strip());
		if (!matcher.matches()) {
			return null;
		}
		String traceId = pad(matcher.group(1), 32);
		String spanId = pad(matcher.group(2), 16);
		boolean sampled = (Integer.parseInt(matcher.group(3), 16) & 1) == 1;
		return valid("00-" + traceId + "-" + spanId + (sampled ? "-01" : "-00"));
	}

	/** The value when it is a well-formed version-00 {@code traceparent} with non-zero ids, else {@code null}. */
	static @Nullable String valid(@Nullable String traceParent) {
		if (traceParent == null || traceParent.length() != 55) {
			return null;
		}
		String value = traceParent.toLowerCase(Locale.ROOT);
		if (!TRACE_PARENT.matcher(value).matches() || value.startsWith(ZEROS, 3) || value.startsWith(ZEROS.substring(16), 36)) {
			return null;
		}
		return value;
	}

	/** The trace id of a {@code traceparent}. */
	static String traceId(String traceParent) {
		return traceParent.substring(3, 35);
	}

	private static String pad(String id, int length) {
		String lower = id.toLowerCase(Locale.ROOT);
		return ZEROS.substring(0, length - lower.length()) + lower;
	}

}
