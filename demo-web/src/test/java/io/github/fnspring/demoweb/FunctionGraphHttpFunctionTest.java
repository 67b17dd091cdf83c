package io.github.fnspring.demoweb;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** On a FunctionGraph HTTP function or container image. */
class FunctionGraphHttpFunctionTest extends SharedServerContractTests {

	FunctionGraphHttpFunctionTest() {
		super(PlatformUnderTest.FUNCTION_GRAPH_HTTP);
	}

	@Test
	void thePlatformsHealthCheckIsAnsweredByFnSpring() throws Exception {
		var response = send("GET", "/healthz", Map.of(), new byte[0]);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(new String(response.body())).contains("UP");
	}

}
