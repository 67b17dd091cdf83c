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
	private static final class RecordedExit implements ProcessExit {

		final CompletableFuture<Integer> status = new CompletableFuture<>();

		@Override
		public void exit(int code) {
			this.status.complete(code);
		}

		@Override
		public void halt(int code) {
			this.status.complete(code);
		}

	}

	private int train(String request) throws Exception {
		RecordedExit exit = new RecordedExit();
		// registered for this application only: a configuration class here would be scanned into every test's
		try (ConfigurableApplicationContext application = new SpringApplicationBuilder(DemoWebApplication.class)
			.initializers((context) -> context.getBeanFactory().registerSingleton("recordedExit", exit))
			.properties(Map.of("fn.cds.training", "true", "fn.cds.request", request, "server.port", "0",
					"spring.main.banner-mode", "off"))
			.run()) {
			return exit.status.get(30, TimeUnit.SECONDS);
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
