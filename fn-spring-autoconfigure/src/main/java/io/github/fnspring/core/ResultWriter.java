package io.github.fnspring.core;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.node.ArrayNode;

import io.github.fnspring.FnHeaders;
import io.github.fnspring.event.HttpResponseEvent;

/**
 * Serializes what a function returned: text as text, bytes as bytes, anything else as
 * JSON. A returned {@code Message} or {@link HttpResponseEvent} may also set the status
 * and response headers.
 */
final class ResultWriter {

	static final String TEXT = "text/plain;charset=UTF-8";

	static final String JSON = "application/json";

	static final String BINARY = "application/octet-stream";

	private static final Duration MIN_WAIT = Duration.ofMillis(1);

	private final ObjectMapper objectMapper;

	ResultWriter(ObjectMapper objectMapper) {
		// as Spring Cloud Function writes output: an object without properties is {}, not a failure
		this.objectMapper = objectMapper.rebuild().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS).build();
	}

	/**
	 * @param output what the function returned
	 * @param input the message the function received, whose headers a returned message may
	 * carry along and which must not be echoed as response headers
	 * @param wait how long a reactive result may take
	 */
	FunctionResult write(@Nullable Object output, Map<String, Object> input, Duration wait) {
		Object value = awaitPublisher(output, wait);
		if (value instanceof List<?> items && output instanceof Publisher<?>) {
			return new FunctionResult(0, Map.of(), this.objectMapper.writeValueAsBytes(jsonArray(items)), JSON);
		}
		if (value instanceof Message<?> message) {
			FunctionResult payload = write(message.getPayload(), input, wait);
			return new FunctionResult(statusOf(message.getHeaders()), responseHeaders(message.getHeaders(), input),
					payload.body(), contentTypeOf(message.getHeaders(), payload.contentType()));
		}
		if (value instanceof HttpResponseEvent response) {
			String contentType = response.headers().entrySet().stream()
				.filter((header) -> header.getKey().equalsIgnoreCase("content-type"))
				.flatMap((header) -> header.getValue().stream())
				.findFirst()
				.orElse(null);
			return new FunctionResult(response.statusCode(), response.headers(), response.body(), contentType);
		}
		return body(value);
	}

	private FunctionResult body(@Nullable Object value) {
		if (value == null) {
			return FunctionResult.empty();
		}
		if (value instanceof byte[] bytes) {
			return new FunctionResult(0, Map.of(), bytes, BINARY);
		}
		if (value instanceof CharSequence text) {
			return new FunctionResult(0, Map.of(), text.toString().getBytes(StandardCharsets.UTF_8), TEXT);
		}
		return new FunctionResult(0, Map.of(), this.objectMapper.writeValueAsBytes(value), JSON);
	}

	private static @Nullable Object awaitPublisher(@Nullable Object output, Duration wait) {
		if (!(output instanceof Publisher<?> publisher)) {
			return output;
		}
		Duration timeout = (wait.compareTo(MIN_WAIT) < 0) ? MIN_WAIT : wait;
		if (publisher instanceof Mono<?> mono) {
			return mono.block(timeout);
		}
		List<?> items = Flux.from(publisher).collectList().block(timeout);
		return (items != null) ? items : List.of();
	}

	/**
	 * The items of a multi-valued reactive result as one JSON array. The catalog hands each
	 * item over as a message already converted to the output type: JSON items are embedded as
	 * JSON, text as strings.
	 */
	private ArrayNode jsonArray(List<?> items) {
		ArrayNode array = this.objectMapper.createArrayNode();
		for (Object item : items) {
			Object payload = item;
			boolean json = false;
			if (item instanceof Message<?> message) {
				payload = message.getPayload();
				Object contentType = message.getHeaders().get(MessageHeaders.CONTENT_TYPE);
				json = contentType != null && contentType.toString().contains("json");
			}
			if (json && payload instanceof byte[] bytes) {
				array.add(this.objectMapper.readTree(bytes));
			}
			else if (payload instanceof CharSequence text) {
				array.add(text.toString());
			}
			else {
				array.add(this.objectMapper.valueToTree(payload));
			}
		}
		return array;
	}

	private static int statusOf(MessageHeaders headers) {
		Object status = headers.get(FnHeaders.HTTP_STATUS);
		if (status instanceof Number number) {
			return number.intValue();
		}
		if (status != null) {
			try {
				return Integer.parseInt(status.toString().trim());
			}
			catch (NumberFormatException ex) {
				throw new IllegalStateException(
						"Header " + FnHeaders.HTTP_STATUS + " must be an HTTP status code, not '" + status + "'", ex);
			}
		}
		return 0;
	}

	private static @Nullable String contentTypeOf(MessageHeaders headers, @Nullable String fallback) {
		Object contentType = headers.get(MessageHeaders.CONTENT_TYPE);
		return (contentType != null) ? ContentTypes.withUtf8Charset(contentType.toString()) : fallback;
	}

	private static Map<String, List<String>> responseHeaders(MessageHeaders headers, Map<String, Object> input) {
		Map<String, List<String>> response = new LinkedHashMap<>();
		headers.forEach((name, value) -> {
			if (isInternal(name) || Objects.equals(input.get(name), value)) {
				return;
			}
			List<String> values = headerValues(value);
			if (!values.isEmpty()) {
				response.put(name, values);
			}
		});
		return response;
	}

	private static boolean isInternal(String name) {
		return name.startsWith(FnHeaders.PREFIX) || MessageHeaders.ID.equals(name)
				|| MessageHeaders.TIMESTAMP.equals(name) || MessageHeaders.CONTENT_TYPE.equals(name);
	}

	private static List<String> headerValues(Object value) {
		if (value instanceof CharSequence || value instanceof Number || value instanceof Boolean) {
			return List.of(value.toString());
		}
		if (value instanceof Collection<?> collection) {
			List<String> values = new ArrayList<>();
			for (Object item : collection) {
				values.addAll(headerValues(item));
			}
			return values;
		}
		return List.of();
	}

}
