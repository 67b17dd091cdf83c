package io.github.fnspring.aliyun;

/** Request and response header names of FC's custom-runtime protocol (lower-case on the wire). */
final class FcHeaders {

	static final String PREFIX = "x-fc-";

	static final String REQUEST_ID = "x-fc-request-id";

	static final String ACCESS_KEY_ID = "x-fc-access-key-id";

	static final String ACCESS_KEY_SECRET = "x-fc-access-key-secret";

	static final String SECURITY_TOKEN = "x-fc-security-token";

	static final String FUNCTION_NAME = "x-fc-function-name";

	static final String FUNCTION_HANDLER = "x-fc-function-handler";

	static final String FUNCTION_MEMORY = "x-fc-function-memory";

	static final String FUNCTION_INITIALIZER = "x-fc-function-initializer";

	static final String REGION = "x-fc-region";

	static final String ACCOUNT_ID = "x-fc-account-id";

	static final String QUALIFIER = "x-fc-qualifier";

	static final String VERSION_ID = "x-fc-version-id";

	static final String SERVICE_NAME = "x-fc-service-name";

	static final String LOG_PROJECT = "x-fc-service-logproject";

	static final String LOG_STORE = "x-fc-service-logstore";

	static final String CONTROL_PATH = "x-fc-control-path";

	/** The function's timeout, in seconds. */
	static final String FUNCTION_TIMEOUT = "x-fc-function-timeout";

	/** The invocation's deadline, in epoch milliseconds. */
	static final String FUNCTION_DEADLINE = "x-fc-function-deadline";

	static final String RETRY_COUNT = "x-fc-retry-count";

	/** Response: marks a failed event invocation. */
	static final String STATUS = "x-fc-status";

	private FcHeaders() {
	}


	/**
	 * FC's Tracing Analysis context of the invocation, in Jaeger's
	 * {@code traceId:spanId:parentSpanId:flags} form; sent empty when tracing is off.
	 */
	static final String TRACING_SPAN_CONTEXT = "x-fc-tracing-opentracing-span-context";

	/** A W3C trace context a caller sent along. */
	static final String TRACE_PARENT = "traceparent";

}
