package io.github.fnspring.console;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.sun.net.httpserver.HttpExchange;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import io.github.fnspring.core.ExecutionSummary;
import io.github.fnspring.core.UnknownFunctionException;
import io.github.fnspring.server.HttpExchanges;
import io.github.fnspring.server.LocalPages;

/**
 * The console's page and its JSON API on a local run's servers: the page at {@code /} for a
 * browser and at {@value #PAGE}, the API under {@value #API}. Only for this machine: requests
 * from another address, for another host name (a DNS-rebinding page) or, to the API, without
 * the console's own header (a cross-site form) are refused.
 */
final class ConsolePages implements LocalPages {

	static final String PAGE = "/fn/console";

	static final String API = "/fn/console/api/";

	/** Sent by the console's page with every API call: another site's page cannot send it without CORS's consent. */
	static final String CONSOLE_HEADER = "X-Fn-Console";

	/** Never cached, and never framed by another site's page (clickjacking its Invoke button). */
	private static final Map<String, List<String>> SECURITY_HEADERS = Map.of("Cache-Control", List.of("no-store"),
			"X-Frame-Options", List.of("DENY"), "Content-Security-Policy", List.of("frame-ancestors 'none'"),
			"X-Content-Type-Options", List.of("nosniff"));

	/** The largest API request: an event, and a little more. */
	private static final int MAX_REQUEST_BYTES = SavedTestEvents.MAX_EVENT_CHARS * 4 + 4096;

	private static final Logger logger = LoggerFactory.getLogger(ConsolePages.class);

	/** Reads numbers as written, so that they are shown as the platform received them. */
	private static final JsonMapper PRETTY = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
		.enable(SerializationFeature.INDENT_OUTPUT)
		.build();

	private final LocalConsole console;

	private final SavedTestEvents savedEvents;

	private final boolean allowRemote;

	private final byte[] page;

	ConsolePages(LocalConsole console, SavedTestEvents savedEvents, boolean allowRemote) throws IOException {
		this.console = console;
		this.savedEvents = savedEvents;
		this.allowRemote = allowRemote;
		try (InputStream in = ConsolePages.class.getResourceAsStream("console.html")) {
			if (in == null) {
				throw new IOException("console.html is missing from fn-spring-autoconfigure");
			}
			this.page = in.readAllBytes();
		}
	}

	/** The console's own paths, which a web application's server hands over; not {@code /}, the application's there. */
	@Override
	public boolean claims(String path) {
		return path.equals(PAGE) || path.startsWith(API);
	}

	@Override
	public boolean answered(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getPath();
		String method = exchange.getRequestMethod();
		boolean browserAtRoot = "GET".equals(method) && "/".equals(path) && accepts(exchange, "text/html");
		if (!browserAtRoot && !path.equals(PAGE) && !path.startsWith(API)) {
			return false;
		}
		if (!fromThisMachine(exchange)) {
			send(exchange, 403, error("The console answers this machine only (fn.console.allow-remote)"));
			return true;
		}
		if (!path.startsWith(API)) {
			HttpExchanges.send(exchange, 200, SECURITY_HEADERS, "text/html;charset=UTF-8", this.page, (name) -> false);
			return true;
		}
		if (exchange.getRequestHeaders().getFirst(CONSOLE_HEADER) == null) {
			send(exchange, 403, error("The console's API answers the console's page only"));
			return true;
		}
		try {
			api(exchange, method, path.substring(API.length()), query(exchange));
		}
		catch (IllegalArgumentException | UnknownFunctionException ex) {
			send(exchange, 400, error(ex.getMessage()));
		}
		catch (LocalConsole.BusyException ex) {
			send(exchange, 429, error(ex.getMessage()));
		}
		catch (JacksonException ex) {
			send(exchange, 400, error("The request is not the JSON the console sends: " + ex.getOriginalMessage()));
		}
		catch (SavedTestEvents.UnusableFileException ex) {
			send(exchange, 409, error(ex.getMessage()));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			send(exchange, 503, error("Interrupted"));
		}
		catch (IOException ex) {
			logger.warn("The console's request {} {} failed", method, path, ex);
			send(exchange, 502, error(ex.getClass().getSimpleName() + ": " + ex.getMessage()));
		}
		return true;
	}

	private void api(HttpExchange exchange, String method, String resource, Map<String, String> query)
			throws IOException, InterruptedException {
		switch (method + " " + resource) {
			case "GET functions" -> {
				Map<String, Object> body = new LinkedHashMap<>();
				body.put("functions", this.console.functions());
				body.put("clouds", this.console.clouds());
				body.put("capturesLogs", this.console.capturesLogs());
				body.put("eventsFile", this.savedEvents.file().toAbsolutePath().toString());
				send(exchange, 200, body);
			}
			case "GET sample" -> {
				String sample = SampleEvents.of(required(query, "cloud"), required(query, "trigger"));
				if (sample == null) {
					send(exchange, 404, error("No sample event for that cloud and trigger"));
				}
				else {
					send(exchange, 200, Map.of("event", sample));
				}
			}
			case "POST invoke" -> {
				JsonNode request = body(exchange);
				send(exchange, 200, view(this.console.invoke(text(request, "cloud"), text(request, "function"),
						text(request, "trigger"), text(request, "event"))));
			}
			case "GET history" -> send(exchange, 200, this.console.history().stream().map(ConsolePages::view).toList());
			case "GET events" -> send(exchange, 200, this.savedEvents.of(required(query, "function")));
			case "POST events" -> {
				JsonNode request = body(exchange);
				this.savedEvents.save(text(request, "function"), text(request, "name"), new SavedTestEvents.SavedEvent(
						text(request, "cloud"), text(request, "trigger"), text(request, "event")));
				send(exchange, 200, this.savedEvents.of(text(request, "function")));
			}
			case "DELETE events" -> {
				this.savedEvents.delete(required(query, "function"), required(query, "name"));
				send(exchange, 200, this.savedEvents.of(required(query, "function")));
			}
			default -> send(exchange, 404, error("No console API " + method + " " + resource));
		}
	}

	/** An invocation as the page shows it. */
	private static Map<String, Object> view(ConsoleInvocation invocation) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("at", invocation.at().toString());
		view.put("function", invocation.function());
		view.put("cloud", invocation.cloud());
		view.put("trigger", invocation.trigger());
		view.put("event", invocation.event());
		view.put("status", invocation.status());
		view.put("success", invocation.success());
		view.put("output", invocation.output());
		view.put("outputPretty", pretty(invocation.output()));
		view.put("outputTruncated", invocation.outputTruncated());
		ExecutionSummary summary = invocation.summary();
		Map<String, Object> summaryView = new LinkedHashMap<>();
		summaryView.put("requestId", summary.requestId());
		summaryView.put("memoryMb", summary.memoryMb());
		summaryView.put("durationMs", ExecutionSummary.millis(summary.duration()));
		summaryView.put("memoryUsedMb", summary.memoryUsedMb());
		summaryView.put("billedDurationMs", summary.billedDuration().toMillis());
		view.put("summary", summaryView);
		view.put("logs", invocation.logs());
		return view;
	}

	/**
	 * The output indented, when it is JSON, with its numbers as written: a browser's JSON parser
	 * would show {@code 2.0} as {@code 2} and round large numbers.
	 */
	private static @Nullable String pretty(String output) {
		String trimmed = output.strip();
		if (!trimmed.startsWith("{") && !trimmed.startsWith("[")) {
			return null;
		}
		try {
			return PRETTY.writeValueAsString(PRETTY.readTree(trimmed));
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private boolean fromThisMachine(HttpExchange exchange) {
		if (this.allowRemote) {
			return true;
		}
		InetSocketAddress remote = exchange.getRemoteAddress();
		if (remote == null || remote.getAddress() == null || !remote.getAddress().isLoopbackAddress()) {
			return false;
		}
		String host = exchange.getRequestHeaders().getFirst("Host");
		if (host == null) {
			return false;
		}
		String name = host.toLowerCase(Locale.ROOT).replaceFirst(":\\d+$", "");
		return name.equals("localhost") || name.equals("127.0.0.1") || name.equals("[::1]");
	}

	private static JsonNode body(HttpExchange exchange) throws IOException {
		byte[] body = exchange.getRequestBody().readNBytes(MAX_REQUEST_BYTES + 1);
		if (body.length > MAX_REQUEST_BYTES) {
			throw new IllegalArgumentException("The request is larger than the console takes");
		}
		return JsonMapper.shared().readTree(body);
	}

	private static String text(JsonNode request, String field) {
		JsonNode value = request.get(field);
		if (value == null || !value.isString()) {
			throw new IllegalArgumentException("The request has no text '" + field + "'");
		}
		return value.asString();
	}

	private static String required(Map<String, String> query, String name) {
		String value = query.get(name);
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("The request has no '" + name + "' parameter");
		}
		return value;
	}

	private static Map<String, String> query(HttpExchange exchange) {
		Map<String, String> query = new HashMap<>();
		String raw = exchange.getRequestURI().getRawQuery();
		if (raw == null) {
			return query;
		}
		for (String pair : raw.split("&")) {
			int equals = pair.indexOf('=');
			if (equals > 0) {
				query.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
						URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
			}
		}
		return query;
	}

	private static boolean accepts(HttpExchange exchange, String type) {
		String accept = exchange.getRequestHeaders().getFirst("Accept");
		return accept != null && accept.contains(type);
	}

	private static Map<String, Object> error(@Nullable String message) {
		return Map.of("error", (message != null) ? message : "failed");
	}

	private static void send(HttpExchange exchange, int status, Object body) throws IOException {
		HttpExchanges.send(exchange, status, SECURITY_HEADERS, "application/json",
				JsonMapper.shared().writeValueAsBytes(body), (name) -> false);
	}

}
