package io.github.fnspring.tencent;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

import io.github.fnspring.core.HttpTriggerEnvelope;
import io.github.fnspring.core.HttpTriggerEnvelopes;
import io.github.fnspring.event.HttpRequestEvent;

/**
 * The event an SCF function URL delivers to event functions, the HTTP entry Tencent
 * recommends since its API Gateway was retired, and its answer
 * {@code {"statusCode","headers","body"}}.
 *
 * <p>The event keeps API Gateway's {@code body}, {@code headers}, {@code httpMethod},
 * {@code path} and {@code queryString} and has no {@code requestContext} nor
 * {@code isBase64Encoded}, so it is recognised by its shape: a string {@code httpMethod}
 * that is an HTTP method token, a {@code path} starting with {@code /}, a {@code headers}
 * object, and no {@code requestContext}. An ordinary JSON event that merely has a
 * {@code body} field is not mistaken for one. Its body is text.
 *
 * <p>The answer carries only {@code statusCode}, {@code headers} and {@code body} for a
 * text body, exactly as Tencent documents it. A binary body is answered base64 with
 * {@code isBase64Encoded: true}, the convention API Gateway used; Tencent does not
 * document binary answers for function URLs. A header with several values is written as
 * an array, as for API Gateway.
 */
final class ScfFunctionUrlEvent implements HttpTriggerEnvelope {

	private static final byte[] HTTP_METHOD = HttpTriggerEnvelopes.jsonKey("httpMethod");

	private static final byte[] PATH = HttpTriggerEnvelopes.jsonKey("path");

	private static final byte[] HEADERS = HttpTriggerEnvelopes.jsonKey("headers");

	/** An HTTP method is a token of letters; anything else is not a request line's method. */
	private static final Pattern METHOD = Pattern.compile("[A-Za-z]{3,16}");

	@Override
	public Optional<HttpRequestEvent> parse(byte[] event) {
		return HttpTriggerEnvelopes.readObjectWithKeys(event, HTTP_METHOD, PATH, HEADERS)
			.filter(ScfFunctionUrlEvent::isFunctionUrlEvent)
			.map(ScfFunctionUrlEvent::toRequest);
	}

	private static boolean isFunctionUrlEvent(JsonNode root) {
		JsonNode method = root.path("httpMethod");
		JsonNode query = root.path("queryString");
		JsonNode body = root.path("body");
		return method.isString() && METHOD.matcher(method.asString()).matches() && root.path("path").isString()
				&& root.path("path").asString().startsWith("/") && root.path("headers").isObject()
				&& (query.isMissingNode() || query.isObject() || query.isNull())
				&& (body.isMissingNode() || body.isString() || body.isNull()) && !root.has("requestContext");
	}

	private static HttpRequestEvent toRequest(JsonNode root) {
		Map<String, List<String>> query = HttpTriggerEnvelopes.readParameters(root.path("queryString"));
		return new HttpRequestEvent(root.path("httpMethod").asString().toUpperCase(Locale.ROOT),
				root.path("path").asString(), HttpTriggerEnvelopes.rawQuery(query), query,
				HttpTriggerEnvelopes.readHeaders(root.path("headers")), HttpTriggerEnvelopes.readBody(root));
	}

	@Override
	public byte[] response(int status, Map<String, List<String>> headers, @Nullable String contentType, byte[] body) {
		return HttpTriggerEnvelopes.response(status, ScfApiGatewayEvent.answerHeaders(headers), contentType, body,
				false);
	}

}
