package io.github.fnspring.aliyun;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import io.github.fnspring.testsupport.TestApplications;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A local run names its function with {@code x-fn-function-name}, as every local mode does;
 * on FC, a caller's {@code x-fn-function-name} chooses nothing.
 */
class FcLocalFunctionChoiceTest {

	private static HttpResponse<byte[]> invoke(FcClient fc, String header, String function) {
		return fc.send(fc.request("/invoke", "req-" + function)
			.header(header, function)
			.POST(HttpRequest.BodyPublishers.ofString("\"local\""))
			.build());
	}

	@Test
	void locallyTheFunctionHeaderChoosesAmongSeveralFunctions() {
		try (ConfigurableApplicationContext context = TestApplications.start(FcTestApplication.class)) {
			FcClient fc = new FcClient(TestApplications.port(context));
			HttpResponse<byte[]> chosen = invoke(fc, "x-fn-function-name", "uppercase");
			assertThat(chosen.statusCode()).isEqualTo(200);
			assertThat(new String(chosen.body(), StandardCharsets.UTF_8)).isEqualTo("LOCAL");
			HttpResponse<byte[]> none = fc.send(fc.request("/invoke", "req-none")
				.POST(HttpRequest.BodyPublishers.ofString("\"local\""))
				.build());
			assertThat(none.statusCode()).isEqualTo(404);
			assertThat(FcClient.json(none).path("errorMessage").asString()).contains("x-fn-function-name")
				.contains("uppercase");
			HttpResponse<byte[]> whoami = invoke(fc, "x-fn-function-name", "whoami");
			assertThat(FcClient.json(whoami).path("functionName").asString()).as("the context's name")
				.isEqualTo("whoami");
			HttpResponse<byte[]> unknown = invoke(fc, "x-fn-function-name", "nosuch");
			assertThat(unknown.statusCode()).isEqualTo(404);
			assertThat(FcClient.json(unknown).path("errorMessage").asString()).contains("No function named 'nosuch'");
		}
	}

	@Test
	void onFcACallersLocalHeaderChoosesNothing() {
		try (ConfigurableApplicationContext context = TestApplications.start(FcTestApplication.class,
				"FC_FUNCTION_NAME=fc-test", "spring.cloud.function.definition=uppercase")) {
			FcClient fc = new FcClient(TestApplications.port(context));
			HttpResponse<byte[]> response = fc.send(fc.request("/invoke", "req-cloud")
				.header("x-fn-function-name", "fail")
				.header("x-fc-control-path", "/invoke")
				.POST(HttpRequest.BodyPublishers.ofString("\"cloud\""))
				.build());
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("CLOUD");
		}
	}

	@Test
	void locallyAPinnedFunctionStillRefusesANameThatIsNotExported() {
		try (ConfigurableApplicationContext context = TestApplications.start(FcTestApplication.class,
				"fn.function=uppercase")) {
			FcClient fc = new FcClient(TestApplications.port(context));
			assertThat(invoke(fc, "x-fn-function-name", "nosuch").statusCode()).isEqualTo(404);
			assertThat(invoke(fc, "x-fn-function-name", "order").statusCode()).as("fn.function serves it")
				.isEqualTo(200);
		}
	}

}
