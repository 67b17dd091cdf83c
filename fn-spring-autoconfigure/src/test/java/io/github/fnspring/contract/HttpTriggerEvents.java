package io.github.fnspring.contract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import io.github.fnspring.contract.TransportDriver.HttpCall;

/**
 * The clouds' HTTP-trigger events for a request, made from their sample events (in
 * {@code src/test/resources/events}) with the request's method, path, headers and body set.
 */
public final class HttpTriggerEvents {

	private static final JsonMapper json = JsonMapper.shared();

	private HttpTriggerEvents() {
	}

	/** FC's JSON HTTP-trigger event ({@code aliyun/http-trigger.json}). */
	public static byte[] fc(HttpCall call) {
		ObjectNode event = sample("aliyun/http-trigger.json");
		event.put("rawPath", call.path());
		event.put("body", call.body());
		event.put("isBase64Encoded", false);
		ObjectNode headers = event.putObject("headers");
		call.headers().forEach(headers::put);
		event.putObject("queryParameters");
		ObjectNode http = (ObjectNode) event.path("requestContext").path("http");
		http.put("method", call.method());
		http.put("path", call.path());
		return json.writeValueAsBytes(event);
	}

	/** SCF's function URL event ({@code tencent/function-url.json}). */
	public static byte[] scfFunctionUrl(HttpCall call) {
		ObjectNode event = sample("tencent/function-url.json");
		event.put("httpMethod", call.method());
		event.put("path", call.path());
		event.put("body", call.body());
		ObjectNode headers = event.putObject("headers");
		call.headers().forEach((name, value) -> headers.put(name.toLowerCase(Locale.ROOT), value));
		event.putObject("queryString");
		return json.writeValueAsBytes(event);
	}

	/** FunctionGraph's APIG event ({@code huawei/apig.json}), its body as text. */
	public static byte[] fgApig(HttpCall call) {
		ObjectNode event = sample("huawei/apig.json");
		event.put("httpMethod", call.method());
		event.put("path", call.path());
		event.put("body", call.body());
		event.put("isBase64Encoded", false);
		ObjectNode headers = event.putObject("headers");
		call.headers().forEach((name, value) -> headers.put(name.toLowerCase(Locale.ROOT), value));
		event.putObject("queryStringParameters");
		return json.writeValueAsBytes(event);
	}

	private static ObjectNode sample(String name) {
		try (InputStream in = HttpTriggerEvents.class.getResourceAsStream("/events/" + name)) {
			if (in == null) {
				throw new IllegalStateException("No sample event " + name);
			}
			return (ObjectNode) json.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
