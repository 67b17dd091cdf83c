package io.github.fnspring.autoconfigure;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import io.github.fnspring.FnCredentials;
import io.github.fnspring.FnCredentialsProvider;
import io.github.fnspring.FnRestoreHandler;
import io.github.fnspring.platform.FnTransport;
import io.github.fnspring.testsupport.TestApplications;
import io.github.fnspring.testsupport.TestContexts.OneFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A CRaC checkpoint and restore, driven as a CRaC JDK drives them (no such JDK here): Spring's
 * own resource stops the lifecycle beans before the checkpoint and starts them after the
 * restore ({@code pause()}, {@code restart()}), and fn-spring's resource runs around it.
 */
class CracRestoreTest {

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(OneFunction.class)
	static class Application {

		final List<String> restores = new CopyOnWriteArrayList<>();

		@Bean
		FnRestoreHandler reconnect() {
			return (context) -> this.restores.add(context.requestId());
		}

	}

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	void aCheckpointKeepsNoInvocationAndTheRestoreRunsTheRestoreHandlersBeforeTheTransportServesAgain()
			throws Exception {
		try (ConfigurableApplicationContext application = TestApplications.start(Application.class,
				"fn.vendor=aliyun")) {
			CracRestore crac = application.getBean(CracRestore.class);
			FnCredentialsProvider provider = application.getBean(FnCredentialsProvider.class);
			FnTransport transport = application.getBean(FnTransport.class);
			assertThat(invoke(transport, "AK-BEFORE")).isEqualTo("BEFORE");
			assertThat(provider.credentials()).hasValueSatisfying(
					(credentials) -> assertThat(credentials.accessKeyId()).isEqualTo("AK-BEFORE"));

			// a CRaC JDK calls resources in the reverse order of registration before the checkpoint
			application.pause();
			crac.beforeCheckpoint(null);
			assertThat(provider.credentials().map(FnCredentials::accessKeyId))
				.as("nothing of the invocation is in the checkpoint").isNotEqualTo(Optional.of("AK-BEFORE"));

			// and in their order after the restore: fn-spring's first, then Spring's restarts the transports
			crac.afterRestore(null);
			assertThat(application.getBean(Application.class).restores).singleElement()
				.asString()
				.startsWith("restore-");
			application.restart();
			assertThat(invoke(transport, "AK-AFTER")).isEqualTo("AFTER");
		}
	}

	private String invoke(FnTransport transport, String accessKey) throws Exception {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + transport.port().orElseThrow() + "/invoke"))
			.timeout(Duration.ofSeconds(30))
			.header("x-fc-access-key-id", accessKey)
			.header("x-fc-access-key-secret", "secret")
			.POST(HttpRequest.BodyPublishers.ofString(accessKey.substring(3).toLowerCase()))
			.build();
		return this.client.send(request, HttpResponse.BodyHandlers.ofString()).body();
	}

}
