package io.github.fnspring.contract;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks FunctionGraph's error body: {@code {"errorMessage","errorType","stackTrace":[…]}}. */
final class FgErrors {

	private FgErrors() {
	}

	static void assertFgError(byte[] body, String errorType, String messagePart) {
		JsonNode error = JsonMapper.shared().readTree(body);
		assertThat(error.path("errorType").asString()).isEqualTo(errorType);
		assertThat(error.path("errorMessage").asString()).contains(messagePart);
		assertThat(error.path("stackTrace").isArray()).isTrue();
	}

}
