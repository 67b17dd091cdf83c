package io.github.fnspring.demoweb;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.github.fnspring.core.ProcessExit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A web application's class-data sharing training run ({@code fn.cds.request}, which the
 * plugin's {@code cdsTrainingRequest} sets): a controller answers the training request on the
 * application's own server before the run ends, so the archive holds what that answer loads.
 */
@ExtendWith(OutputCaptureExtension.class)
class CdsTrainingRequestTest {

	/** Records the training run's end instead of halting the test JVM. */
	@Configuration(proxyBeanMethods = false)
	static class RecordedExit {

		static CompletableFuture<Integer> status = new CompletableFuture<>();

		@Bean
		ProcessExit processExit() {
			return new ProcessExit() {

				@Override
				public void exit(int code) {
					status.complete(code);
				}

				@Override
				public void halt(int code) {
					status.complete(code);
				}

			};
		}

	}

	private int train(String request) throws Exception {
		RecordedExit.status = new CompletableFuture<>();
		try (ConfigurableApplicationContext application = new SpringApplicationBuilder(DemoWebApplication.class,
				RecordedExit.class)
			.properties(Map.of("fn.cds.training", "true", "fn.cds.request", request, "server.port", "0",
					"spring.main.banner-mode", "off"))
			.run()) {
			return RecordedExit.status.get(30, TimeUnit.SECONDS);
		}
	}

	@Test
	void theTrainingRequestIsAnsweredByTheControllerBeforeTheRunEnds(CapturedOutput output) throws Exception {
		assertThat(train("/hello?name=trained")).isZero();
		assertThat(output.getAll()).contains("greeting trained");
	}

	@Test
	void aRequestTheApplicationFailsFailsTheTraining() throws Exception {
		assertThat(train("/orders/o-missing")).isEqualTo(1);
	}

}
