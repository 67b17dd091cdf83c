package io.github.fnspring.test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import io.github.fnspring.huawei.FunctionGraphHandler;

/**
 * Calls {@link FunctionGraphHandler#handleRequest} as FunctionGraph's built-in Java runtime
 * does (Huawei's open-source executor): the event arrives as the JSON body of the platform's
 * call and reaches a {@code String} parameter as that JSON's text (an object compact, a string
 * without its quotes); the return value is written with Gson; an exception the handler throws
 * becomes FunctionGraph's error body {@code {"errorMessage","errorType","stackTrace":[…]}}.
 */
final class BuiltInRuntime {

	private static final Gson gson = new GsonBuilder().serializeNulls().disableHtmlEscaping().setPrettyPrinting()
		.create();

	private final FunctionGraphHandler handler;

	BuiltInRuntime(FunctionGraphHandler handler) {
		this.handler = handler;
	}

	/**
	 * @param event the event; text that is not JSON is sent as a JSON string, since
	 * FunctionGraph's events are JSON
	 * @return whether the handler returned, and the JSON FunctionGraph answers with
	 */
	Answer call(byte[] event, BuiltInRuntimeContext context) {
		JsonElement body = json(new String(event, StandardCharsets.UTF_8));
		String userEvent = body.isJsonPrimitive() ? body.getAsString() : body.toString();
		try {
			return new Answer(true, gson.toJson(this.handler.handleRequest(userEvent, context)));
		}
		catch (Throwable ex) {
			// checked ones too: the handler rethrows what the function threw unchanged
			return failed(ex);
		}
	}

	private static Answer failed(Throwable ex) {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("errorMessage", ex.getMessage());
		error.put("errorType", ex.getClass().getName());
		error.put("stackTrace", Arrays.stream(ex.getStackTrace()).map(StackTraceElement::toString).toList());
		return new Answer(false, gson.toJson(error));
	}

	/** Calls the handler's initializer, as the runtime does once per instance when one is configured. */
	Answer initialize(BuiltInRuntimeContext context) {
		try {
			this.handler.initialize(context);
			return new Answer(true, "");
		}
		catch (Throwable ex) {
			return failed(ex);
		}
	}

	/**
	 * The function's output in a successful answer: a JSON string is its text, {@code null}
	 * no output, any other JSON itself.
	 */
	static byte[] output(String answer) {
		JsonElement value = JsonParser.parseString(answer);
		if (value.isJsonNull()) {
			return new byte[0];
		}
		String output = (value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()) ? value.getAsString()
				: answer;
		return output.getBytes(StandardCharsets.UTF_8);
	}

	private static JsonElement json(String event) {
		if (!event.isBlank()) {
			try {
				return JsonParser.parseString(event);
			}
			catch (JsonParseException ex) {
				// not JSON: sent as a JSON string
			}
		}
		return gson.toJsonTree(event);
	}

	/** What FunctionGraph reports of one call. */
	record Answer(boolean success, String body) {
	}

}
