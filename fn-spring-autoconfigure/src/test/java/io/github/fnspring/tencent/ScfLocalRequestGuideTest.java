package io.github.fnspring.tencent;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import io.github.fnspring.testsupport.TestApplications;

import static org.assertj.core.api.Assertions.assertThat;

/** A local run of SCF's custom runtime answers stray requests to its local Runtime API with help too. */
class ScfLocalRequestGuideTest {

	@Test
	void theLocalRuntimeApiAnswersABrowserAndATypo() throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		try (ConfigurableApplicationContext context = TestApplications.start(ScfTestApplication.class,
				"fn.vendor=tencent", "spring.cloud.function.definition=uppercase", "fn.console.enabled=false")) {
			URI base = URI.create("http://127.0.0.1:" + TestApplications.port(context));
			HttpResponse<String> page = client.send(HttpRequest.newBuilder(base.resolve("/"))
				.header("Accept", "text/html")
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains("<code>uppercase</code>").contains("/invoke");
			HttpResponse<String> typo = client.send(HttpRequest.newBuilder(base.resolve("/invok"))
				.POST(HttpRequest.BodyPublishers.ofString("\"x\""))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(typo.statusCode()).isEqualTo(404);
			assertThat(typo.body()).contains("did you mean /invoke?");
		}
	}

}
