package io.github.fnspring.test;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A plain HTTP request, as a platform's HTTP mode passes a client's request on to the
 * application (FC's custom runtime, SCF's web functions, FunctionGraph's HTTP functions).
 *
 * <pre class="code">
 * FnTestRequest.post("/orders").header("Content-Type", "application/json").body("{\"id\":7}")
 * </pre>
 */
public final class FnTestRequest {

	private final String method;

	private final String path;

	/** By name in any case, as HTTP headers are: a header set twice is set once. */
	private final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

	private byte[] body = new byte[0];

	private String requestId = UUID.randomUUID().toString();

	private FnTestRequest(String method, String path) {
		if (!path.startsWith("/")) {
			throw new IllegalArgumentException("The path '" + path + "' must start with '/'");
		}
		this.method = method;
		this.path = path;
	}

	/** A request of any method; the path may carry a query string. */
	public static FnTestRequest of(String method, String path) {
		return new FnTestRequest(method, path);
	}

	public static FnTestRequest get(String path) {
		return of("GET", path);
	}

	public static FnTestRequest post(String path) {
		return of("POST", path);
	}

	/** Sets a header, replacing one of the same name. */
	public FnTestRequest header(String name, String value) {
		this.headers.put(name, value);
		return this;
	}

	/** The body, as UTF-8. */
	public FnTestRequest body(String body) {
		return body(body.getBytes(StandardCharsets.UTF_8));
	}

	public FnTestRequest body(byte[] body) {
		this.body = body.clone();
		return this;
	}

	/** The request id the platform sends with it; a random UUID unless set. */
	public FnTestRequest requestId(String requestId) {
		this.requestId = requestId;
		return this;
	}

	String requestId() {
		return this.requestId;
	}

	String method() {
		return this.method;
	}

	String path() {
		return this.path;
	}

	Map<String, String> headers() {
		return Collections.unmodifiableMap(new TreeMap<>(this.headers));
	}

	byte[] bodyBytes() {
		return this.body.clone();
	}

	@Override
	public String toString() {
		return this.method + " " + this.path;
	}

}
