package io.github.fnspring.contract;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.fnspring.core.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks SCF's error body, the same for the custom runtime and image functions. */
final class ScfErrors {

	private ScfErrors() {
	}

	/** Asserts SCF's error shape; returns its statusCode. */
	static int assertScfError(byte[] body, String errorType, String messagePart) {
		JsonNode error = JsonMapper.shared().readTree(body);
		assertThat(error.path("errorCode").asInt()).isEqualTo(-1);
		assertThat(error.path("requestId").asString()).isNotBlank();
		assertThat(error.path("stackTrace").isString()).as("stackTrace is one string on SCF").isTrue();
		int statusCode = error.path("statusCode").asInt();
		if (InvalidInputException.class.getName().equals(errorType)) {
			assertThat(statusCode).isIn(400, 406);
			assertThat(error.path("errorMessage").asString()).contains(messagePart);
		}
		else {
			// SCF's own runtimes: a fixed sentence, the type and message leading the stack trace
			assertThat(statusCode).isEqualTo(430);
			assertThat(error.path("errorMessage").asString()).isEqualTo("user code exception caught");
			assertThat(error.path("stackTrace").asString()).startsWith(errorType + ": ").contains(messagePart);
		}
		return statusCode;
	}

}
