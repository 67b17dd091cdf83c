package io.github.fnspring.aliyun;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.cloud.function.context.FunctionCatalog;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Function names from requests select exported functions only: a composition named by a
 * request is never built, so request data cannot grow the function catalog.
 */
class FcRequestedFunctionNamesTest extends FcServerTestSupport {

	@Test
	void compositionsNamedByRequestsAreNotBuiltAndTheCatalogDoesNotGrow() {
		FunctionCatalog catalog = this.context.getBean(FunctionCatalog.class);
		this.fc.invoke("uppercase", "req-warm", "x".getBytes(StandardCharsets.UTF_8));
		int before = catalog.size();
		for (int i = 0; i < 300; i++) {
			String composition = "uppercase|whoami" + "|uppercase".repeat(i % 7) + "|" + "reverse".repeat(1 + i % 3);
			HttpResponse<byte[]> response = this.fc.invoke(composition, "req-composed-" + i,
					("text-" + i).getBytes(StandardCharsets.UTF_8));
			// On FC the name is the cloud function's: one that is not exported falls back to the default
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("TEXT-" + i);
		}
		assertThat(catalog.size()).isEqualTo(before);
	}

}
