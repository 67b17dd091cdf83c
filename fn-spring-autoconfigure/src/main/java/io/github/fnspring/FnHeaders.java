package io.github.fnspring;

/**
 * Message header names used by functions that take or return {@code Message<T>}.
 *
 * <p>HTTP requests also copy each request header into the message under its lower-case
 * name. Headers of a returned message become response headers, except these
 * {@code fn_*} ones and headers copied unchanged from the request.
 */
public final class FnHeaders {

	/** Input: the HTTP method, e.g. {@code GET}. */
	public static final String HTTP_METHOD = "fn_http_method";

	/** Input: the decoded request path, e.g. {@code /orders/42}. */
	public static final String HTTP_PATH = "fn_http_path";

	/** Input: the raw query string without {@code ?}, or empty. */
	public static final String HTTP_QUERY = "fn_http_query";

	/** Output: the HTTP status to answer with, an {@code Integer} (default 200). */
	public static final String HTTP_STATUS = "fn_http_status";

	/** The header prefix reserved by fn-spring. */
	public static final String PREFIX = "fn_";

	private FnHeaders() {
	}

}
