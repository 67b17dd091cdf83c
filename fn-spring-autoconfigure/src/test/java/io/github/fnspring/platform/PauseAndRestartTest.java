package io.github.fnspring.platform;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

import io.github.fnspring.testsupport.TestApplications;
import io.github.fnspring.testsupport.TestContexts.OneFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What a checkpoint does to the transports: Spring stops the context's lifecycle beans before
 * a CRaC checkpoint and starts them again after the restore; {@code pause()} and
 * {@code restart()} stop and start fn-spring's transports the same way (though not a web
 * server, which only the checkpoint stops). Each transport then lets go of its port and its
 * loop, and serves again afterwards.
 */
class PauseAndRestartTest {

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(OneFunction.class)
	static class Application {

	}

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@ParameterizedTest
	@ValueSource(strings = { "aliyun", "tencent", "huawei" })
	void theTransportLetsGoOfItsPortForTheCheckpointAndServesAgainAfterTheRestore(String vendor) throws Exception {
		try (ConfigurableApplicationContext application = TestApplications.start(Application.class,
				"fn.vendor=" + vendor)) {
			FnTransport transport = application.getBean(FnTransport.class);
			int before = transport.port().orElseThrow();
			assertThat(invoke(before, "before")).isEqualTo("BEFORE");

			application.pause();
			assertThat(transport.isRunning()).isFalse();
			assertThatExceptionOfType(IOException.class).as("the port is free for the checkpoint")
				.isThrownBy(() -> invoke(before, "paused"));

			application.restart();
			assertThat(transport.isRunning()).isTrue();
			assertThat(invoke(transport.port().orElseThrow(), "after")).isEqualTo("AFTER");
		}
	}

	/** An event as the local run takes it on every platform: {@code POST /invoke}. */
	private String invoke(int port, String event) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/invoke"))
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString(event))
			.build();
		return this.client.send(request, HttpResponse.BodyHandlers.ofString()).body();
	}

}
