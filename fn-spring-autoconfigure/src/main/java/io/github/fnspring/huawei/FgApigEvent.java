package io.github.fnspring.huawei;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

import io.github.fnspring.core.HttpTriggerEnvelope;
import io.github.fnspring.core.HttpTriggerEnvelopes;
import io.github.fnspring.event.HttpRequestEvent;
import io.github.fnspring.server.HttpExchanges;

/**
 * FunctionGraph's APIG trigger event, as delivered to event functions, and the answer APIG
 * expects back, {@code {"isBase64Encoded","statusCode","headers","body"}}.
 *
 * <p>APIG sends the body base64-encoded by default, saying so with
 * {@code isBase64Encoded: true}; the body is decoded whenever the flag is set. A query
 * parameter is a string, or an array when it is repeated (FunctionGraph's own event class
 * declares them as objects); headers are documented as strings but are read the same way.
 *
 * <p>The answer's {@code headers} is documented as a map of strings (FunctionGraph's Java
 * SDK declares it {@code Map<String, String>}), so a header with several values is written
 * once with its values joined by commas, as for FC. Several {@code Set-Cookie} values
 * cannot be answered separately that way.
 */
final class FgApigEvent implements HttpTriggerEnvelope {

	private static final byte[] REQUEST_CONTEXT = HttpTriggerEnvelopes.jsonKey("requestContext");

	private static final byte[] HTTP_METHOD = HttpTriggerEnvelopes.jsonKey("httpMethod");

	private static final byte[] API_ID = HttpTriggerEnvelopes.jsonKey("apiId");

	/**
	 * Parses the event if it is an APIG event: a top-level {@code httpMethod} and
	 * {@code path} and a {@code requestContext} naming the API. SCF's API Gateway event
	 * names its gateway service instead, so neither vendor's event passes for the other's.
	 * A byte scan rules most events out first.
	 */
	@Override
	public Optional<HttpRequestEvent> parse(byte[] event) {
		return HttpTriggerEnvelopes.readObjectWithKeys(event, REQUEST_CONTEXT, HTTP_METHOD, API_ID)
			.filter(FgApigEvent::isApigEvent)
			.map(FgApigEvent::toRequest);
	}

	private static boolean isApigEvent(JsonNode root) {
		return root.path("httpMethod").isString() && root.path("path").isString()
				&& root.path("requestContext").path("apiId").isString();
	}

	private static HttpRequestEvent toRequest(JsonNode root) {
		Map<String, List<String>> query = HttpTriggerEnvelopes.readParameters(root.path("queryStringParameters"));
		String path = root.path("path").asString();
		return new HttpRequestEvent(root.path("httpMethod").asString().toUpperCase(Locale.ROOT),
				path.isEmpty() ? "/" : path, HttpTriggerEnvelopes.rawQuery(query), query,
				HttpTriggerEnvelopes.readHeaders(root.path("headers")), HttpTriggerEnvelopes.readBody(root));
	}

	/** The answer to an APIG event: values joined by commas; non-text bodies are base64. */
	@Override
	public byte[] response(int status, Map<String, List<String>> headers, @Nullable String contentType, byte[] body) {
		Map<String, Object> joinedHeaders = new LinkedHashMap<>();
		headers.forEach((name, values) -> {
			if (!HttpExchanges.isServerManaged(name) && !values.isEmpty()) {
				joinedHeaders.put(name, String.join(",", values));
			}
		});
		return HttpTriggerEnvelopes.response(status, joinedHeaders, contentType, body);
	}

}
