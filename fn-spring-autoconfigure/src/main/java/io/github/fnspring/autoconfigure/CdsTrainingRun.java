package io.github.fnspring.autoconfigure;

import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.IntConsumer;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

import io.github.fnspring.platform.FnTransport;
import io.github.fnspring.platform.SharedWebServer;

/**
 * Ends a class-data sharing training run ({@code fn.cds.training}) once the application is
 * ready: it first sends {@code fn.cds.event}, if set, to its own transport on loopback (FC's
 * {@code /invoke}, or the local Runtime API's, which goes through the real poll loop), and a
 * web application's {@code fn.cds.request}, if set, as a {@code GET} to its own server, so that
 * the archive also holds the classes a first invocation loads, then exits, failed when either
 * is answered with an error or cannot be sent. Checked when the
 * application starts, not by a condition, because AOT builds freeze conditions.
 *
 * <p>Whatever the run loads ends up in the archive, which a JVM maps (and, with Java 25's
 * ahead-of-time cache, links) at every start. So the event goes out through
 * {@link HttpURLConnection} rather than the JDK's {@code HttpClient}, which would add some 500
 * classes of its own and TLS, and the process halts right after the answer instead of closing
 * the application, whose shutdown would add classes no start needs.
 */
class CdsTrainingRun implements ApplicationListener<ApplicationReadyEvent> {

	private static final Logger logger = LoggerFactory.getLogger(CdsTrainingRun.class);

	private static final Duration EVENT_TIMEOUT = Duration.ofSeconds(60);

	private final FnProperties.Cds properties;

	private final ObjectProvider<FnTransport> transports;

	private final String platform;

	private final SharedWebServer webServer;

	private final IntConsumer exit;

	/**
	 * @param platform the id of the platform whose transport the event goes to
	 * @param webServer a web application's own server, which the request goes to
	 * @param exit ends the process with a status code at once: {@link Runtime#halt}, except in tests
	 */
	CdsTrainingRun(FnProperties.Cds properties, ObjectProvider<FnTransport> transports, String platform,
			SharedWebServer webServer, IntConsumer exit) {
		this.properties = properties;
		this.transports = transports;
		this.platform = platform;
		this.webServer = webServer;
		this.exit = exit;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		if (!this.properties.isTraining()) {
			return;
		}
		// a thread of its own: the startup thread must finish starting the transport first
		Thread training = new Thread(() -> {
			boolean trained = false;
			try {
				trained = train();
			}
			catch (RuntimeException ex) {
				logger.error("CDS training failed", ex);
			}
			finally {
				// whatever happened, the run ends: a build must not wait for a run that hangs
				this.exit.accept(trained ? 0 : 1);
			}
		}, "fn-cds-training");
		training.start();
	}

	private boolean train() {
		String event = this.properties.getEvent();
		String request = this.properties.getRequest();
		try {
			boolean answered = true;
			if (event != null && !event.isEmpty()) {
				Optional<Integer> port = invokePort();
				if (port.isEmpty()) {
					logger.error("CDS training: no local transport to send the event to");
					return false;
				}
				answered = answered("the event", send(port.get(), "POST", "/invoke", event));
			}
			if (answered && request != null && !request.isEmpty()) {
				int port = webServerPort();
				if (port <= 0) {
					logger.error("CDS training: fn.cds.request is set, but the application has no web server");
					return false;
				}
				answered = answered("GET " + request, send(port, "GET", request, null));
			}
			return answered;
		}
		catch (IOException ex) {
			logger.error("CDS training: sending the event or request failed", ex);
			return false;
		}
	}

	/** The application's own server: on a custom runtime's package, not the transport's port. */
	private int webServerPort() {
		return this.webServer.exists() ? this.webServer.port() : -1;
	}

	private static boolean answered(String what, int status) {
		logger.info("CDS training: {} was answered with status {}", what, status);
		return status < 400;
	}

	private static int send(int port, String method, String target, @Nullable String body) throws IOException {
		String path = target.startsWith("/") ? target : "/" + target;
		HttpURLConnection connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + path)
			.toURL()
			.openConnection();
		connection.setRequestMethod(method);
		connection.setConnectTimeout((int) EVENT_TIMEOUT.toMillis());
		connection.setReadTimeout((int) EVENT_TIMEOUT.toMillis());
		if (body != null) {
			connection.setDoOutput(true);
			try (OutputStream out = connection.getOutputStream()) {
				out.write(body.getBytes(StandardCharsets.UTF_8));
			}
		}
		int status = connection.getResponseCode();
		connection.disconnect();
		return status;
	}

	/** FC's server, or the local Runtime API a custom runtime polls outside its cloud. */
	private Optional<Integer> invokePort() {
		return this.transports.orderedStream()
			.filter((transport) -> transport.platform().equals(this.platform))
			.map(FnTransport::port)
			.filter(OptionalInt::isPresent)
			.map(OptionalInt::getAsInt)
			.findFirst();
	}

}
