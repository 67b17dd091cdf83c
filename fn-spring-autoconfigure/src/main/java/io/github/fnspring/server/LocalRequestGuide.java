package io.github.fnspring.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.sun.net.httpserver.HttpExchange;
import org.jspecify.annotations.Nullable;
import org.springframework.util.ClassUtils;

import tools.jackson.databind.json.JsonMapper;

import io.github.fnspring.core.FunctionSelector;

/**
 * Answers, in a local run, requests that name no function and are plainly not meant for
 * one, instead of running the default function with them: a browser's {@code GET /} gets a
 * page of the exported functions and how to call them, {@code /favicon.ico} a plain 404,
 * {@code /actuator/**} without Actuator a 404 that says so, and a {@code POST} one letter
 * from a control path (a mistyped {@code /invok}) a 404 that names the path meant. Never used
 * on a cloud, where every path belongs to the function; used by the local HTTP protocols and
 * by the local Runtime API of custom runtimes.
 */
public final class LocalRequestGuide {

	private static final String ACTUATOR = "org.springframework.boot.actuate.endpoint.annotation.Endpoint";

	/** One letter off: two would take real paths, /invite or /info, for /invoke and /init. */
	private static final int MAX_TYPO = 1;

	private final Set<String> controlPaths;

	private final String eventPath;

	private final Set<String> functions;

	private final boolean actuatorPresent;

	private final LocalPages pages;

	/**
	 * @param controlPaths the protocol's own paths, for telling a mistyped one
	 * @param eventPath the path events are sent to, for the page's examples
	 * @param functions the exported functions' names
	 */
	public LocalRequestGuide(Set<String> controlPaths, String eventPath, Set<String> functions) {
		this(controlPaths, eventPath, functions, LocalPages.NONE);
	}

	/** @param pages pages of the local run, such as the console, asked before the guide answers */
	public LocalRequestGuide(Set<String> controlPaths, String eventPath, Set<String> functions, LocalPages pages) {
		this.controlPaths = controlPaths;
		this.eventPath = eventPath;
		this.functions = functions;
		this.pages = pages;
		this.actuatorPresent = ClassUtils.isPresent(ACTUATOR, LocalRequestGuide.class.getClassLoader());
	}

	/** Answers the request if it is plainly not for a function; whether it did. */
	public boolean answered(HttpExchange exchange) throws IOException {
		if (this.pages.answered(exchange)) {
			return true;
		}
		String method = exchange.getRequestMethod();
		String path = exchange.getRequestURI().getPath();
		if ("GET".equals(method) && "/".equals(path) && accepts(exchange, "text/html")) {
			send(exchange, 200, "text/html;charset=UTF-8", page().getBytes(StandardCharsets.UTF_8));
			return true;
		}
		if ("/favicon.ico".equals(path)) {
			send(exchange, 404, null, new byte[0]);
			return true;
		}
		if (!this.actuatorPresent && (path.equals("/actuator") || path.startsWith("/actuator/"))) {
			notFound(exchange, "Spring Boot Actuator is not on the class path: add spring-boot-starter-actuator "
					+ "to serve " + path + ". Other paths are HTTP requests for a function.");
			return true;
		}
		for (String controlPath : this.controlPaths) {
			if ("POST".equals(method) && !controlPath.equals(path) && distance(controlPath, path) <= MAX_TYPO) {
				notFound(exchange, "No route " + path + ": did you mean " + controlPath + "? Name a function with "
						+ "the header " + FunctionSelector.LOCAL_FUNCTION_HEADER + " to send it an HTTP request on "
						+ "this path.");
				return true;
			}
		}
		return false;
	}

	private static boolean accepts(HttpExchange exchange, String type) {
		String accept = exchange.getRequestHeaders().getFirst("Accept");
		return accept != null && accept.contains(type);
	}

	private String page() {
		StringBuilder items = new StringBuilder();
		for (String function : this.functions) {
			String name = escape(function);
			items.append("<li><code>").append(name).append("</code>: <code>curl -H '")
				.append(FunctionSelector.LOCAL_FUNCTION_HEADER).append(": ").append(name)
				.append("' -d '&quot;hello&quot;' http://localhost:PORT").append(escape(this.eventPath))
				.append("</code></li>");
		}
		return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>fn-spring local run</title></head><body>"
				+ "<h1>fn-spring local run</h1><p>Exported functions, and how to send each an event "
				+ "(the port is this page's):</p><ul>" + items + "</ul><p>Any other path, with the header <code>"
				+ FunctionSelector.LOCAL_FUNCTION_HEADER + "</code>, is an HTTP request for that function.</p>"
				+ "</body></html>";
	}

	private static void notFound(HttpExchange exchange, String message) throws IOException {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("status", 404);
		body.put("error", "Not Found");
		body.put("message", message);
		send(exchange, 404, "application/json", JsonMapper.shared().writeValueAsBytes(body));
	}

	private static void send(HttpExchange exchange, int status, @Nullable String contentType,
			byte[] body) throws IOException {
		HttpExchanges.send(exchange, status, Map.of(), contentType, body, (name) -> false);
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
			.replace("'", "&#39;");
	}

	/** Levenshtein distance, for paths of a few letters. */
	private static int distance(String a, String b) {
		if (Math.abs(a.length() - b.length()) > MAX_TYPO) {
			return MAX_TYPO + 1;
		}
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + ((a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

}
