package io.github.fnspring.event;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An HTTP request, the same whichever cloud or trigger delivered it: a raw request to an
 * HTTP function, FC's HTTP-trigger event, SCF's API Gateway event or FunctionGraph's APIG
 * event. Header names are lower-case; base64 bodies arrive already decoded.
 *
 * @param method the HTTP method, upper-case
 * @param path the decoded path, starting with {@code /}
 * @param rawQuery the query string without {@code ?}, empty when there is none
 * @param queryParameters the query parameters, each with all its values
 * @param headers the request headers by lower-case name, each with all its values
 * @param body the request body, empty when there is none
 */
public record HttpRequestEvent(String method, String path, String rawQuery,
		Map<String, List<String>> queryParameters, Map<String, List<String>> headers, byte[] body) {

	/** JSON without a method and a path is not an HTTP request. */
	public HttpRequestEvent {
		Objects.requireNonNull(method, "method");
		Objects.requireNonNull(path, "path");
		rawQuery = (rawQuery != null) ? rawQuery : "";
		queryParameters = (queryParameters != null) ? Map.copyOf(queryParameters) : Map.of();
		headers = (headers != null) ? Map.copyOf(headers) : Map.of();
		body = (body != null) ? body : new byte[0];
	}

	/** The first value of a header, looked up case-insensitively. */
	public Optional<String> header(String name) {
		List<String> values = this.headers.get(name.toLowerCase(Locale.ROOT));
		return (values == null || values.isEmpty()) ? Optional.empty() : Optional.of(values.get(0));
	}

	/** The first value of a query parameter. */
	public Optional<String> queryParameter(String name) {
		List<String> values = this.queryParameters.get(name);
		return (values == null || values.isEmpty()) ? Optional.empty() : Optional.of(values.get(0));
	}

	/**
	 * The path as a URL carries it: {@link #path()} with every character a URL's path may not
	 * hold as it is encoded (spaces, {@code %}, {@code ?}, non-ASCII), the slashes kept.
	 */
	public String rawPath() {
		try {
			return new URI(null, null, this.path.startsWith("/") ? this.path : "/" + this.path, null).toASCIIString();
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException("Not a path: " + this.path, ex);
		}
	}

	/** The body decoded as UTF-8. */
	public String bodyAsString() {
		return new String(this.body, StandardCharsets.UTF_8);
	}

	@Override
	public String toString() {
		return "HttpRequestEvent[" + this.method + " " + this.path + (this.rawQuery.isEmpty() ? "" : "?" + this.rawQuery)
				+ ", " + this.body.length + " body bytes]";
	}

}
