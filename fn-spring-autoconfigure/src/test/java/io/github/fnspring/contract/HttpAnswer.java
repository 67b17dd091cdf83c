package io.github.fnspring.contract;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the caller of an HTTP trigger gets: read from the envelope an HTTP-trigger event is
 * answered in ({@code {"statusCode","headers","body","isBase64Encoded"}}, the same on every
 * cloud), or from a plain HTTP reply.
 */
public record HttpAnswer(int status, JsonNode headers, byte[] body) {

	private static final JsonMapper json = JsonMapper.shared();

	/** The answer inside an HTTP-trigger envelope. */
	public static HttpAnswer fromEnvelope(byte[] envelope) {
		JsonNode answer = json.readTree(envelope);
		String body = answer.path("body").asString("");
		boolean base64 = answer.path("isBase64Encoded").asBoolean(false);
		return new HttpAnswer(answer.path("statusCode").asInt(-1), answer.path("headers"),
				base64 ? Base64.getDecoder().decode(body) : body.getBytes(StandardCharsets.UTF_8));
	}

	/** A plain HTTP reply. */
	public static HttpAnswer fromReply(TransportDriver.Reply reply) {
		return new HttpAnswer(reply.status(), json.valueToTree(reply.headers()), reply.body());
	}

	public String bodyAsString() {
		return new String(this.body, StandardCharsets.UTF_8);
	}

	/** The body as JSON. */
	public JsonNode json() {
		return json.readTree(this.body);
	}

}
