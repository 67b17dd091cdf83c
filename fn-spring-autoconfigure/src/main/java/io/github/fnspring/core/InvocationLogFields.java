package io.github.fnspring.core;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

import io.github.fnspring.FnContext;

/**
 * The fields every log line of an invocation carries in the logging MDC: its request id,
 * function and vendor, and the platform's trace id when it sent one. Spring Boot's structured log formats (ECS, Logstash, GELF) write the MDC
 * as JSON members; a log pattern names them with {@code %X{fnRequestId}} and the like.
 */
final class InvocationLogFields {

	private InvocationLogFields() {
	}

	/** Puts the invocation's fields on the current thread; the returned scope restores what was there. */
	static FnContextHolder.Scope put(FnContext context) {
		Map<String, @Nullable String> previous = new LinkedHashMap<>();
		fields(context).forEach((key, value) -> {
			previous.put(key, MDC.get(key));
			MDC.put(key, value);
		});
		return () -> previous.forEach((key, value) -> {
			if (value != null) {
				MDC.put(key, value);
			}
			else {
				MDC.remove(key);
			}
		});
	}

	/** Removes the fields from the current thread. */
	static void remove() {
		MDC.remove(FnContext.MDC_REQUEST_ID);
		MDC.remove(FnContext.MDC_FUNCTION);
		MDC.remove(FnContext.MDC_VENDOR);
		MDC.remove(FnContext.MDC_TRACE_ID);
	}

	private static Map<String, String> fields(FnContext context) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put(FnContext.MDC_REQUEST_ID, context.requestId());
		fields.put(FnContext.MDC_FUNCTION, context.functionName());
		fields.put(FnContext.MDC_VENDOR, context.vendor().name().toLowerCase(Locale.ROOT));
		context.traceParent().ifPresent((traceParent) -> fields.put(FnContext.MDC_TRACE_ID, TraceParents.traceId(traceParent)));
		return fields;
	}

}
