package io.github.fnspring.autoconfigure;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.function.IntConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

import io.github.fnspring.runtime.LocalRuntimeApi;
import io.github.fnspring.server.FnHttpServer;

/**
 * Ends a class-data sharing training run ({@code fn.cds.training}) once the application is
 * ready: it first sends {@code fn.cds.event}, if set, to its own transport on loopback (FC's
 * {@code /invoke}, or the local Runtime API's, which goes through the real poll loop), so that
 * the archive also holds the classes a first invocation loads, then exits. Checked when the
 * application starts, not by a condition, because AOT builds freeze conditions.
 */
class CdsTrainingRun implements ApplicationListener<ApplicationReadyEvent> {

	private static final Logger logger = LoggerFactory.getLogger(CdsTrainingRun.class);

	private static final Duration EVENT_TIMEOUT = Duration.ofSeconds(60);

	private final FnProperties.Cds properties;

	private final ObjectProvider<FnHttpServer> httpServer;

	private final ObjectProvider<PlatformTransport> platformTransport;

	private final IntConsumer exit;

	/** @param exit ends the process with a status code: {@link System#exit}, except in tests */
	CdsTrainingRun(FnProperties.Cds properties, ObjectProvider<FnHttpServer> httpServer,
			ObjectProvider<PlatformTransport> platformTransport, IntConsumer exit) {
		this.properties = properties;
		this.httpServer = httpServer;
		this.platformTransport = platformTransport;
		this.exit = exit;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		if (!this.properties.isTraining()) {
			return;
		}
		ConfigurableApplicationContext context = event.getApplicationContext();
		// System.exit from a thread of its own: the startup thread must not wait on the shutdown hook
		Thread training = new Thread(() -> this.exit.accept(SpringApplication.exit(context, () -> train() ? 0 : 1)),
				"fn-cds-training");
		training.start();
	}

	private boolean train() {
		String event = this.properties.getEvent();
		if (event == null || event.isEmpty()) {
			return true;
		}
		Optional<Integer> port = invokePort();
		if (port.isEmpty()) {
			logger.error("CDS training: no local transport to send the event to");
			return false;
		}
		try {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port.get() + "/invoke"))
					.timeout(EVENT_TIMEOUT)
					.POST(HttpRequest.BodyPublishers.ofString(event, StandardCharsets.UTF_8))
					.build(), HttpResponse.BodyHandlers.ofString());
			logger.info("CDS training: the event was answered with status {}", response.statusCode());
			return response.statusCode() < 400;
		}
		catch (Exception ex) {
			logger.error("CDS training: sending the event failed", ex);
			return false;
		}
	}

	/** FC's server, else the local Runtime API a custom runtime polls outside its cloud. */
	private Optional<Integer> invokePort() {
		FnHttpServer server = this.httpServer.getIfAvailable();
		if (server != null) {
			return Optional.of(server.getPort());
		}
		return Optional.ofNullable(this.platformTransport.getIfAvailable())
			.flatMap((transport) -> transport.find(LocalRuntimeApi.class).map(LocalRuntimeApi::port)
				.or(() -> transport.find(FnHttpServer.class).map(FnHttpServer::getPort)));
	}

}
