package io.github.fnspring.autoconfigure;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import io.github.fnspring.FnCredentials;
import io.github.fnspring.FnCredentialsProvider;
import io.github.fnspring.FnRestoreHandler;
import io.github.fnspring.core.ProcessExit;
import io.github.fnspring.platform.FnTransport;
import io.github.fnspring.testsupport.TestContexts.OneFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * fn-spring's CRaC resource, called as a CRaC JDK calls it (no such JDK here): before the
 * checkpoint, after Spring's own resource stopped the lifecycle beans; after the restore,
 * before Spring's starts them again. {@code pause()} and {@code restart()} stand for Spring's
 * steps here, as they stop and start fn-spring's transports the same way.
 */
class CracRestoreTest {

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(OneFunction.class)
	static class Application {

		final List<String> restores = new CopyOnWriteArrayList<>();

		volatile boolean transportRunningDuringRestore = true;

		volatile boolean fail;

		@Bean
		FnRestoreHandler reconnect(org.springframework.beans.factory.ObjectProvider<FnTransport> transport) {
			return (context) -> {
				this.restores.add(context.requestId());
				this.transportRunningDuringRestore = transport.getObject().isRunning();
				if (this.fail) {
					throw new IllegalStateException("no database");
				}
			};
		}

	}

	/** Records the instance's end instead of ending the test JVM. */
	private final CompletableFuture<Integer> exit = new CompletableFuture<>();

	private final HttpClient client = HttpClient.newHttpClient();

	private ConfigurableApplicationContext start(String... properties) {
		ProcessExit recorded = new ProcessExit() {

			@Override
			public void exit(int status) {
				CracRestoreTest.this.exit.complete(status);
			}

			@Override
			public void halt(int status) {
				CracRestoreTest.this.exit.complete(status);
			}

		};
		// in place of the tests' refusing exit, registered by an initializer of their own
		ApplicationContextInitializer<ConfigurableApplicationContext> recordExit = (context) -> {
			if (context.getBeanFactory().containsSingleton("fnProcessExit")) {
				((DefaultListableBeanFactory) context.getBeanFactory()).destroySingleton("fnProcessExit");
			}
			context.getBeanFactory().registerSingleton("fnProcessExit", recorded);
		};
		return new SpringApplicationBuilder(Application.class)
			.initializers(recordExit)
			.properties("fn.server.port=0", "fn.server.address=127.0.0.1", "spring.main.banner-mode=off",
					"fn.vendor=aliyun")
			.properties(properties)
			.run();
	}

	@Test
	void aCheckpointKeepsNoInvocationAndTheRestoreRunsTheRestoreHandlersBeforeTheTransportServesAgain()
			throws Exception {
		try (ConfigurableApplicationContext application = start()) {
			CracRestore crac = application.getBean(CracRestore.class);
			FnCredentialsProvider provider = application.getBean(FnCredentialsProvider.class);
			FnTransport transport = application.getBean(FnTransport.class);
			assertThat(invoke(transport, "AK-BEFORE")).isEqualTo("BEFORE");
			assertThat(provider.credentials().map(FnCredentials::accessKeyId)).contains("AK-BEFORE");

			application.pause();
			crac.beforeCheckpoint(null);
			assertThat(provider.credentials().map(FnCredentials::accessKeyId))
				.as("nothing of the invocation is in the checkpoint").isNotEqualTo(Optional.of("AK-BEFORE"));

			crac.afterRestore(null);
			Application functions = application.getBean(Application.class);
			assertThat(functions.restores).singleElement().asString().startsWith("restore-");
			assertThat(functions.transportRunningDuringRestore).isFalse();
			application.restart();
			assertThat(invoke(transport, "AK-AFTER")).isEqualTo("AFTER");
		}
	}

	@Test
	void withLazyInitializationTheResourceIsThereAllTheSame() throws Exception {
		try (ConfigurableApplicationContext application = start("spring.main.lazy-initialization=true")) {
			application.getBean(CracRestore.class).afterRestore(null);
			assertThat(application.getBean(Application.class).restores).hasSize(1);
		}
	}

	@Test
	void aRestoreThatFailsEndsTheInstanceInsteadOfServingUnrenewed() throws Exception {
		try (ConfigurableApplicationContext application = start()) {
			application.getBean(Application.class).fail = true;
			assertThatIllegalStateException().isThrownBy(() -> application.getBean(CracRestore.class).afterRestore(null))
				.withMessage("no database");
			assertThat(this.exit.get(10, TimeUnit.SECONDS)).isEqualTo(1);
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
