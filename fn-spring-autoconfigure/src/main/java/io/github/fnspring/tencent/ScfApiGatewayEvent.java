package io.github.fnspring.tencent;

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
 * SCF's API Gateway trigger event (legacy: Tencent retired API Gateway and recommends the
 * function URL, {@link ScfFunctionUrlEvent}), as delivered to event functions, and its integration
 * response {@code {"isBase64Encoded","statusCode","headers","body"}}. Unlike FC, API
 * Gateway sends a repeated header or query parameter as a JSON array and takes one back
 * the same way, so every value is kept and written separately.
 */
public final class ScfApiGatewayEvent implements HttpTriggerEnvelope {

	private static final byte[] REQUEST_CONTEXT = HttpTriggerEnvelopes.jsonKey("requestContext");

	private static final byte[] HTTP_METHOD = HttpTriggerEnvelopes.jsonKey("httpMethod");

	/**
	 * Parses the event if it is an API Gateway event: a top-level {@code httpMethod} and a
	 * {@code requestContext} naming the gateway service or the method. A byte scan rules
	 * most events out first.
	 */
	@Override
	public Optional<HttpRequestEvent> parse(byte[] event) {
		return HttpTriggerEnvelopes.readObjectWithKeys(event, REQUEST_CONTEXT, HTTP_METHOD)
			.filter(ScfApiGatewayEvent::isApiGatewayEvent)
			.map(ScfApiGatewayEvent::toRequest);
	}

	private static boolean isApiGatewayEvent(JsonNode root) {
		JsonNode requestContext = root.path("requestContext");
		return root.path("httpMethod").isString()
				&& (requestContext.has("serviceId") || requestContext.has("httpMethod"));
	}

	private static HttpRequestEvent toRequest(JsonNode root) {
		Map<String, List<String>> headers = HttpTriggerEnvelopes.readHeaders(root.path("headers"));
		Map<String, List<String>> query = HttpTriggerEnvelopes.readParameters(root.path("queryString"));
		String path = root.path("path").asString("");
		return new HttpRequestEvent(root.path("httpMethod").asString().toUpperCase(Locale.ROOT),
				path.isEmpty() ? "/" : path, HttpTriggerEnvelopes.rawQuery(query), query, headers,
				HttpTriggerEnvelopes.readBody(root));
	}

	/**
	 * The integration response: a header with several values is written as an array; the
	 * body is base64 unless it is text.
	 */
	@Override
	public byte[] response(int status, Map<String, List<String>> headers, @Nullable String contentType, byte[] body) {
		return HttpTriggerEnvelopes.response(status, answerHeaders(headers), contentType, body);
	}

	/** Headers as SCF's HTTP triggers take them back: one value as a string, several as an array. */
	static Map<String, Object> answerHeaders(Map<String, List<String>> headers) {
		Map<String, Object> answerHeaders = new LinkedHashMap<>();
		headers.forEach((name, values) -> {
			if (!HttpExchanges.isServerManaged(name) && !values.isEmpty()) {
				answerHeaders.put(name, (values.size() == 1) ? values.get(0) : values);
			}
		});
		return answerHeaders;
	}

}
