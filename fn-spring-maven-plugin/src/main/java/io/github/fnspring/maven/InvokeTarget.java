package io.github.fnspring.maven;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which transport {@code fn:invoke} sends its event through: a cloud's protocol in a local run,
 * in one of its modes, with the path and headers that cloud's platform sends an event with.
 */
enum InvokeTarget {

	/** Function Compute's custom runtime protocol: {@code POST /invoke}. */
	FC("aliyun", null, "/invoke", "Function Compute's HTTP protocol"),

	/** SCF's custom runtime: the local Runtime API its poll loop takes the event from. */
	SCF_CUSTOM_RUNTIME("tencent", "runtime", "/invoke", "SCF's custom runtime"),

	/** SCF's image functions: {@code POST /event-invoke}. */
	SCF_WEB_FUNCTION("tencent", "web", "/event-invoke", "SCF's web and image function protocol"),

	/** FunctionGraph's custom runtime: the local Runtime API its poll loop takes the event from. */
	FG_CUSTOM_RUNTIME("huawei", "runtime", "/invoke", "FunctionGraph's custom runtime"),

	/** FunctionGraph's HTTP functions and container images: {@code POST /invoke}. */
	FG_HTTP_FUNCTION("huawei", "http", "/invoke", "FunctionGraph's HTTP function protocol");

	/** The header every local transport reads the function's name from. */
	static final String FUNCTION_HEADER = "x-fn-function-name";

	/** The header a local Runtime API reads the request id from. */
	static final String REQUEST_ID_HEADER = "x-fn-request-id";

	private final String vendor;

	private final String mode;

	private final String path;

	private final String description;

	InvokeTarget(String vendor, String mode, String path, String description) {
		this.vendor = vendor;
		this.mode = mode;
		this.path = path;
		this.description = description;
	}

	/**
	 * The target of a vendor ({@code aliyun}, {@code tencent}, {@code huawei}) and, for the
	 * clouds with several, a mode: by default each cloud's event path in a local run.
	 */
	static InvokeTarget of(String vendor, String mode) {
		String cloud = vendor.trim().toLowerCase(Locale.ROOT);
		String wanted = (mode == null || mode.isBlank()) ? null : mode.trim().toLowerCase(Locale.ROOT);
		if (cloud.equals("huawei") && "handler".equals(wanted)) {
			throw new IllegalArgumentException("FunctionGraph's built-in runtime calls the application in process, "
					+ "not over a port: fn:invoke sends the event through its custom runtime, which dispatches it "
					+ "the same way (a test reaches the built-in runtime with fn-spring-test's FnTestClient)");
		}
		for (InvokeTarget target : values()) {
			if (target.vendor.equals(cloud) && (wanted == null ? target.isDefault() : wanted.equals(target.mode))) {
				return target;
			}
		}
		throw new IllegalArgumentException("No transport for fn.invoke.vendor=" + vendor
				+ ((wanted != null) ? " and fn.invoke.mode=" + mode : "") + "; choose one of " + choices());
	}

	private boolean isDefault() {
		return this.mode == null || this.mode.equals("runtime");
	}

	private static List<String> choices() {
		return List.of(values()).stream()
			.map((target) -> target.vendor + ((target.mode != null) ? " (mode " + target.mode + ")" : ""))
			.toList();
	}

	/** The environment that makes the application serve this transport on a port of loopback. */
	Map<String, String> environment(int port) {
		Map<String, String> environment = new LinkedHashMap<>();
		environment.put("FN_VENDOR", this.vendor);
		environment.put("FN_SERVER_ADDRESS", "127.0.0.1");
		environment.put("FN_SERVER_PORT", String.valueOf(port));
		// a web application serves the platform's HTTP protocol on its own server
		environment.put("SERVER_ADDRESS", "127.0.0.1");
		environment.put("SERVER_PORT", String.valueOf(port));
		if (this.mode != null) {
			environment.put("FN_" + this.vendor.toUpperCase(Locale.ROOT) + "_MODE", this.mode);
		}
		return environment;
	}

	String path() {
		return this.path;
	}

	/** The headers the platform sends an event with, and the local protocol's. */
	Map<String, String> headers(String function, String requestId) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put(REQUEST_ID_HEADER, requestId);
		if (function != null) {
			headers.put(FUNCTION_HEADER, function);
		}
		switch (this) {
			case FC -> platformHeaders(headers, "x-fc-request-id", requestId, "x-fc-function-name", function)
				.put("x-fc-control-path", "/invoke");
			case SCF_WEB_FUNCTION -> platformHeaders(headers, "X-Scf-Request-Id", requestId, "X-Scf-Name", function);
			case FG_HTTP_FUNCTION -> platformHeaders(headers, "X-CFF-Request-Id", requestId, "X-CFF-Func-Name",
					function);
			default -> {
				// a local Runtime API reads the local protocol's headers only
			}
		}
		return headers;
	}

	/** The platform's own request id and function name headers, which its context is read from. */
	private static Map<String, String> platformHeaders(Map<String, String> headers, String requestIdHeader,
			String requestId, String functionHeader, String function) {
		headers.put(requestIdHeader, requestId);
		if (function != null) {
			headers.put(functionHeader, function);
		}
		return headers;
	}

	@Override
	public String toString() {
		return this.description;
	}

}
