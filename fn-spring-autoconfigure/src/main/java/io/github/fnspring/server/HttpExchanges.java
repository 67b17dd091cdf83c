package io.github.fnspring.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import org.jspecify.annotations.Nullable;

import io.github.fnspring.core.ContentTypes;
import io.github.fnspring.core.InvalidInputException;
import io.github.fnspring.event.HttpRequestEvent;

/** Reading requests from and writing responses to a JDK {@link HttpExchange}. */
public final class HttpExchanges {

	/** Headers the server itself manages; a function may not set them. */
	private static final Set<String> SERVER_MANAGED_HEADERS = Set.of("connection", "content-length", "date",
			"keep-alive", "server", "transfer-encoding", "upgrade");

	/** How much of an oversized body is read to keep the connection; past that it is closed. */
	private static final long MAX_DISCARDED_BYTES = 64L * 1024 * 1024;

	private HttpExchanges() {
	}

	/** Whether the server manages a response header itself, so a function may not set it. */
	public static boolean isServerManaged(String name) {
		return SERVER_MANAGED_HEADERS.contains(name.toLowerCase(Locale.ROOT));
	}

	/** The first value of a request header, or {@code null}. */
	public static @Nullable String header(HttpExchange exchange, String name) {
		return exchange.getRequestHeaders().getFirst(name);
	}

	/**
	 * Reads the whole request body.
	 * @throws InvalidInputException (413) when the body is larger than {@code maxBytes}; the
	 * rest of the body is read and discarded first, up to a cap, so that the client gets
	 * the answer: closing a connection with unread input resets it, answer and all.
	 * (400) when the body cannot be read: truncated, or badly chunked. That is the client's
	 * input, not a failure of the function.
	 */
	static byte[] readBody(HttpExchange exchange, long maxBytes) throws IOException {
		int limit = (int) Math.min(maxBytes, Integer.MAX_VALUE - 16);
		try (InputStream in = exchange.getRequestBody()) {
			byte[] body = in.readNBytes(limit + 1);
			if (body.length > limit) {
				discardRest(exchange, in);
				throw InvalidInputException.tooLarge(maxBytes);
			}
			return body;
		}
		catch (IOException ex) {
			exchange.getResponseHeaders().set("Connection", "close");
			throw InvalidInputException.badRequest("The request body could not be read: " + ex.getMessage(), ex);
		}
	}

	private static void discardRest(HttpExchange exchange, InputStream in) throws IOException {
		long discarded = 0;
		byte[] buffer = new byte[64 * 1024];
		int read;
		while (discarded < MAX_DISCARDED_BYTES && (read = in.read(buffer)) >= 0) {
			discarded += read;
		}
		if (discarded >= MAX_DISCARDED_BYTES) {
			exchange.getResponseHeaders().set("Connection", "close");
		}
	}

	/**
	 * The request as the portable {@link HttpRequestEvent}.
	 * @param hiddenHeaders lower-case names of headers the function does not see, such as the
	 * platform's credentials, which {@code FnContext.credentials()} gives instead
	 */
	static HttpRequestEvent toRequestEvent(HttpExchange exchange, byte[] body, Predicate<String> hiddenHeaders) {
		String rawQuery = exchange.getRequestURI().getRawQuery();
		Map<String, List<String>> headers = lowerCaseHeaders(exchange.getRequestHeaders());
		headers.keySet().removeIf(hiddenHeaders);
		return new HttpRequestEvent(exchange.getRequestMethod().toUpperCase(Locale.ROOT),
				exchange.getRequestURI().getPath(), (rawQuery != null) ? rawQuery : "", parseQuery(rawQuery), headers,
				body);
	}

	/** Parses {@code a=1&b=2&a=3} into decoded names and values, keeping every value. */
	static Map<String, List<String>> parseQuery(@Nullable String rawQuery) {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		if (rawQuery == null || rawQuery.isEmpty()) {
			return parameters;
		}
		for (String pair : rawQuery.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			String name = decode((equals >= 0) ? pair.substring(0, equals) : pair);
			String value = (equals >= 0) ? decode(pair.substring(equals + 1)) : "";
			parameters.computeIfAbsent(name, (key) -> new ArrayList<>()).add(value);
		}
		return parameters;
	}

	private static String decode(String value) {
		try {
			return URLDecoder.decode(value, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return value;
		}
	}

	private static Map<String, List<String>> lowerCaseHeaders(Headers headers) {
		Map<String, List<String>> lowerCase = new LinkedHashMap<>();
		headers.forEach((name, values) -> lowerCase.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
		return lowerCase;
	}

	/**
	 * Writes a complete response, unless one was written already: the server answers a
	 * request that outlives the shutdown grace period itself, under the same lock.
	 * @param reserved header names the platform reserves, dropped from {@code headers}
	 */
	public static void send(HttpExchange exchange, int status, Map<String, List<String>> headers,
			@Nullable String contentType, byte[] body, Predicate<String> reserved) throws IOException {
		synchronized (exchange) {
			if (exchange.getResponseCode() != -1) {
				exchange.close();
				return;
			}
			Headers responseHeaders = exchange.getResponseHeaders();
			headers.forEach((name, values) -> {
				String lowerCase = name.toLowerCase(Locale.ROOT);
				if (!isServerManaged(lowerCase) && !reserved.test(lowerCase)) {
					// A text type the function set says its charset too: the body is UTF-8
					responseHeaders.put(name, "content-type".equals(lowerCase)
							? values.stream().map(ContentTypes::withUtf8Charset).collect(Collectors.toList())
							: new ArrayList<>(values));
				}
			});
			if (contentType != null && !responseHeaders.containsKey("Content-Type")) {
				responseHeaders.set("Content-Type", ContentTypes.withUtf8Charset(contentType));
			}
			boolean noBody = body.length == 0 || status == 204 || status == 304
					|| "HEAD".equalsIgnoreCase(exchange.getRequestMethod());
			exchange.sendResponseHeaders(status, noBody ? -1 : body.length);
			if (!noBody) {
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(body);
				}
			}
			exchange.close();
		}
	}

}
