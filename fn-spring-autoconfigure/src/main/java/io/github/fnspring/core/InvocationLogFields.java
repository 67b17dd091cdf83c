package io.github.fnspring.core;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

import io.github.fnspring.FnContext;
import io.github.fnspring.Vendor;

/**
 * The fields every log line of an invocation carries in the logging MDC: its request id, and
 * the platform's trace id when it sent one; with structured logging also its function and
 * vendor. Spring Boot's structured log formats (ECS, Logstash, GELF) write the MDC as JSON
 * members; a log pattern names them with {@code %X{fnRequestId}} and the like. On every
 * invocation's path: no collection is made, and the function and vendor only where a log
 * writes them.
 */
final class InvocationLogFields {

	private static final String[] VENDOR_NAMES = vendorNames();

	private InvocationLogFields() {
	}

	/** Puts all the invocation's fields on the current thread; the returned scope restores what was there. */
	static FnContextHolder.Scope put(FnContext context) {
		return put(context, true);
	}

	/**
	 * Puts the invocation's fields on the current thread; the returned scope restores what was there.
	 * @param functionAndVendor whether the function and the vendor are written too
	 */
	static FnContextHolder.Scope put(FnContext context, boolean functionAndVendor) {
		Previous previous = new Previous(MDC.get(FnContext.MDC_REQUEST_ID), functionAndVendor,
				functionAndVendor ? MDC.get(FnContext.MDC_FUNCTION) : null,
				functionAndVendor ? MDC.get(FnContext.MDC_VENDOR) : null, MDC.get(FnContext.MDC_TRACE_ID));
		MDC.put(FnContext.MDC_REQUEST_ID, context.requestId());
		if (functionAndVendor) {
			MDC.put(FnContext.MDC_FUNCTION, context.functionName());
			MDC.put(FnContext.MDC_VENDOR, VENDOR_NAMES[context.vendor().ordinal()]);
		}
		String traceParent = context.traceParent().orElse(null);
		if (traceParent != null) {
			MDC.put(FnContext.MDC_TRACE_ID, TraceParents.traceId(traceParent));
		}
		else if (previous.traceId != null) {
			MDC.remove(FnContext.MDC_TRACE_ID);
		}
		return previous;
	}

	/** Removes the fields from the current thread. */
	static void remove() {
		MDC.remove(FnContext.MDC_REQUEST_ID);
		MDC.remove(FnContext.MDC_FUNCTION);
		MDC.remove(FnContext.MDC_VENDOR);
		MDC.remove(FnContext.MDC_TRACE_ID);
	}

	private static String[] vendorNames() {
		Vendor[] vendors = Vendor.values();
		String[] names = new String[vendors.length];
		for (Vendor vendor : vendors) {
			names[vendor.ordinal()] = vendor.name().toLowerCase(Locale.ROOT);
		}
		return names;
	}

	/** What the thread's MDC held before an invocation's fields, put back when its scope closes. */
	private record Previous(@Nullable String requestId, boolean functionAndVendor, @Nullable String function,
			@Nullable String vendor, @Nullable String traceId) implements FnContextHolder.Scope {

		@Override
		public void close() {
			restore(FnContext.MDC_REQUEST_ID, this.requestId);
			if (this.functionAndVendor) {
				restore(FnContext.MDC_FUNCTION, this.function);
				restore(FnContext.MDC_VENDOR, this.vendor);
			}
			restore(FnContext.MDC_TRACE_ID, this.traceId);
		}

		private static void restore(String key, @Nullable String value) {
			if (value != null) {
				MDC.put(key, value);
			}
			else {
				MDC.remove(key);
			}
		}

	}

}
