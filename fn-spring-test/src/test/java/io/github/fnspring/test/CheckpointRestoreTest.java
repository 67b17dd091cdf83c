package io.github.fnspring.test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.github.fnspring.FnRestoreHandler;
import io.github.fnspring.platform.FnTransport;
import io.github.fnspring.test.app.KitTestApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CheckpointRestoreTest {

	@Configuration(proxyBeanMethods = false)
	static class Restores {

		final List<String> requestIds = new CopyOnWriteArrayList<>();

		volatile boolean servingDuringRestore = true;

		@Bean
		FnRestoreHandler noteRestore(ObjectProvider<FnTransport> transport) {
			return (context) -> {
				this.requestIds.add(context.requestId());
				this.servingDuringRestore = transport.getObject().isRunning();
			};
		}

	}

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	void theTransportStopsForTheCheckpointAndTheRestoreHandlersRunBeforeItServesAgain() throws Exception {
		try (ConfigurableApplicationContext application = new SpringApplicationBuilder(KitTestApplication.class,
				Restores.class)
			.properties("fn.vendor=aliyun", "fn.server.port=0", "fn.server.address=127.0.0.1", "spring.main.banner-mode=off")
			.run()) {
			FnTransport transport = application.getBean(FnTransport.class);
			int before = transport.port().orElseThrow();
			assertThat(invoke(before)).isEqualTo("HELLO");

			CheckpointRestore checkpoint = CheckpointRestore.checkpoint(application);
			assertThat(transport.isRunning()).isFalse();
			assertThatExceptionOfType(IOException.class).isThrownBy(() -> invoke(before));
			Restores restores = application.getBean(Restores.class);
			assertThat(restores.requestIds).isEmpty();

			checkpoint.restore();
			assertThat(restores.requestIds).singleElement().asString().startsWith("restore-");
			assertThat(restores.servingDuringRestore).as("the handlers run before the transport serves").isFalse();
			assertThat(invoke(transport.port().orElseThrow())).isEqualTo("HELLO");
		}
	}

	private String invoke(int port) throws Exception {
		return this.client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/invoke"))
			.header("x-fn-function-name", "uppercase")
			.POST(HttpRequest.BodyPublishers.ofString("hello"))
			.build(), HttpResponse.BodyHandlers.ofString()).body();
	}

}
