package io.github.fnspring.autoconfigure;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.MapPropertySource;

import io.github.fnspring.FnContext;
import io.github.fnspring.FnCredentials;
import io.github.fnspring.FnCredentialsProvider;
import io.github.fnspring.ServerlessFunction;
import io.github.fnspring.platform.FnTransport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An FC instance checkpointed in one environment and restored into another, as a CRaC JDK
 * restores a container image's process on another host: what it read from its environment at
 * start (version, memory, region, the environment's credentials) is read again before it
 * serves: a variable the new environment lacks is gone.
 */
class RestoredEnvironmentTest {

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class Application {

		/** What an invocation sees of its instance, when the request says nothing of it. */
		@Bean
		@ServerlessFunction
		Function<String, String> instance(FnContext context, FnCredentialsProvider credentials) {
			return (input) -> String.join(" ", context.functionName(), context.functionVersion(),
					Integer.toString(context.memoryLimitMb()), context.region().orElse("-"),
					credentials.credentials().map(FnCredentials::accessKeyId).orElse("-"));
		}

	}

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	void theRestoredInstanceServesWithTheDefaultsOfTheEnvironmentItWasRestoredInto() throws Exception {
		Map<String, Object> processEnvironment = new HashMap<>(Map.of("FC_FUNCTION_NAME", "instance",
				"FC_FUNCTION_VERSION", "1", "FC_FUNCTION_MEMORY_SIZE", "512", "FC_REGION", "cn-hangzhou",
				"ALIBABA_CLOUD_ACCESS_KEY_ID", "AK-CHECKPOINT-HOST", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", "secret"));
		try (ConfigurableApplicationContext application = new SpringApplicationBuilder(Application.class)
			.properties("fn.server.port=0", "fn.server.address=127.0.0.1", "spring.main.banner-mode=off")
			.initializers((context) -> context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("processEnvironment", processEnvironment)))
			.run()) {
			CracRestore crac = application.getBean(CracRestore.class);
			FnTransport transport = application.getBean(FnTransport.class);
			assertThat(invoke(transport)).isEqualTo("instance 1 512 cn-hangzhou AK-CHECKPOINT-HOST");

			application.pause();
			crac.beforeCheckpoint(null);
			processEnvironment.putAll(Map.of("FC_FUNCTION_VERSION", "2", "FC_FUNCTION_MEMORY_SIZE", "1024",
					"ALIBABA_CLOUD_ACCESS_KEY_ID", "AK-RESTORE-HOST"));
			processEnvironment.remove("FC_REGION");
			crac.afterRestore(null);
			application.restart();

			assertThat(invoke(transport)).isEqualTo("instance 2 1024 - AK-RESTORE-HOST");
		}
	}

	private String invoke(FnTransport transport) throws Exception {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + transport.port().orElseThrow() + "/invoke"))
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString("who"))
			.build();
		HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return response.body();
	}

}
