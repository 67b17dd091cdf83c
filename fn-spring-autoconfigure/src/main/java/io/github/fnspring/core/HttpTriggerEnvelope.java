package io.github.fnspring.core;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import io.github.fnspring.event.HttpRequestEvent;

/**
 * A vendor's HTTP-trigger event delivered to an event function (FC's HTTP trigger, SCF's
 * API Gateway, FunctionGraph's APIG) and the integration-response JSON it expects back.
 */
public interface HttpTriggerEnvelope {

	/**
	 * The HTTP request inside the event.
	 * @return empty when the event is not this vendor's HTTP-trigger event; cheap to rule out
	 * @throws InvalidInputException when it is one but cannot be read (e.g. bad base64)
	 */
	Optional<HttpRequestEvent> parse(byte[] event);

	/** The integration response carrying an HTTP answer; non-text bodies are base64. */
	byte[] response(int status, Map<String, List<String>> headers, @Nullable String contentType, byte[] body);

}
