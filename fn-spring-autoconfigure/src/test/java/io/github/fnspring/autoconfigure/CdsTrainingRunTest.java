package io.github.fnspring.autoconfigure;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

import io.github.fnspring.ServerlessFunction;
import io.github.fnspring.platform.FnTransport;
import io.github.fnspring.platform.SharedWebServer;
import io.github.fnspring.platform.PlatformChoice;
import io.github.fnspring.testsupport.TestApplications;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A training run sends its event through the transport the package would use outside its
 * cloud (FC's server, or the local Runtime API and the real poll loop), then ends the process.
 */
class CdsTrainingRunTest {

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class TrainingApplication {

		static final List<String> received = new CopyOnWriteArrayList<>();

		@Bean
		@ServerlessFunction
		Function<String, String> record() {
			return (text) -> {
				if (text.contains("boom")) {
					throw new IllegalStateException("refused");
				}
				received.add(text);
				return text.toUpperCase();
			};
		}

	}

	@ParameterizedTest
	@ValueSource(strings = { "aliyun", "tencent", "huawei" })
	void theEventReachesTheFunctionThroughTheLocalTransportAndTheProcessEndsCleanly(String vendor) throws Exception {
		TrainingApplication.received.clear();
		assertThat(train(vendor, "warm-up")).isZero();
		assertThat(TrainingApplication.received).anyMatch((text) -> text.contains("warm-up"));
	}

	@Test
	void withoutAnEventTheRunOnlyStartsTheApplication() throws Exception {
		TrainingApplication.received.clear();
		assertThat(train("aliyun", null)).isZero();
		assertThat(TrainingApplication.received).isEmpty();
	}

	@Test
	void aFailedEventFailsTheTraining() throws Exception {
		assertThat(train("aliyun", "boom")).isEqualTo(1);
	}

	@Test
	void aRequestWithoutAWebServerFailsTheTraining() throws Exception {
		assertThat(trainRequest("/hello", SharedWebServer.none())).isEqualTo(1);
	}

	@Test
	void aRequestThatCannotBeSentEndsTheRunAsFailedRatherThanLeavingItHanging() throws Exception {
		assertThat(trainRequest("/not a path", SharedWebServer.of(() -> 1))).isEqualTo(1);
	}

	private static int trainRequest(String request, SharedWebServer webServer) throws Exception {
		try (ConfigurableApplicationContext context = TestApplications.start(TrainingApplication.class)) {
			FnProperties.Cds training = new FnProperties.Cds();
			training.setTraining(true);
			training.setRequest(request);
			CompletableFuture<Integer> exit = new CompletableFuture<>();
			new CdsTrainingRun(training, context.getBeanProvider(FnTransport.class), "aliyun", webServer,
					exit::complete)
				.onApplicationEvent(new ApplicationReadyEvent(new SpringApplication(), new String[0], context,
						Duration.ZERO));
			return exit.get(30, TimeUnit.SECONDS);
		}
	}

	@Test
	void anOrdinaryStartIsLeftAlone() throws Exception {
		try (ConfigurableApplicationContext context = TestApplications.start(TrainingApplication.class)) {
			CompletableFuture<Integer> exit = new CompletableFuture<>();
			FnProperties.Cds notTraining = new FnProperties.Cds();
			new CdsTrainingRun(notTraining, context.getBeanProvider(FnTransport.class), "aliyun",
					SharedWebServer.none(), exit::complete)
				.onApplicationEvent(new ApplicationReadyEvent(new SpringApplication(), new String[0], context,
						Duration.ZERO));
			assertThat(context.isActive()).isTrue();
			assertThat(exit).isNotDone();
		}
	}

	private static int train(String vendor, String event) throws Exception {
		ConfigurableApplicationContext context = TestApplications.start(TrainingApplication.class, "fn.vendor=" + vendor);
		FnProperties.Cds training = new FnProperties.Cds();
		training.setTraining(true);
		training.setEvent(event);
		CompletableFuture<Integer> exit = new CompletableFuture<>();
		new CdsTrainingRun(training, context.getBeanProvider(FnTransport.class),
				context.getBean(PlatformChoice.class).platform().id(), SharedWebServer.none(), exit::complete)
			.onApplicationEvent(new ApplicationReadyEvent(new SpringApplication(), new String[0], context, Duration.ZERO));
		try {
			return exit.get(30, TimeUnit.SECONDS);
		}
		finally {
			context.close();
		}
	}

}
