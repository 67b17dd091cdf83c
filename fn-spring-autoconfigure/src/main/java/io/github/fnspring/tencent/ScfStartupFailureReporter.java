package io.github.fnspring.tencent;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;

import io.github.fnspring.core.EventErrorDetail;
import io.github.fnspring.core.Failure;

/**
 * Reports a failed start of an SCF custom runtime before the process exits, so that SCF
 * shows the cause at once instead of waiting for its initialization timeout: logged, and
 * posted to the Runtime API's init-error path ({@code fn.tencent.init-error-path}; Tencent
 * does not document one, so the post is best-effort).
 */
public class ScfStartupFailureReporter implements ApplicationListener<ApplicationFailedEvent> {

	private static final Logger logger = LoggerFactory.getLogger(ScfStartupFailureReporter.class);

	static final String DEFAULT_INIT_ERROR_PATH = "/runtime/init/error";

	private static final Duration POST_TIMEOUT = Duration.ofSeconds(2);

	@Override
	public void onApplicationEvent(ApplicationFailedEvent event) {
		Environment environment = (event.getApplicationContext() != null) ? event.getApplicationContext().getEnvironment()
				: new StandardEnvironment();
		String host = environment.getProperty("SCF_RUNTIME_API");
		String vendor = environment.getProperty("fn.vendor", "auto");
		if (host == null || !("auto".equalsIgnoreCase(vendor) || "tencent".equalsIgnoreCase(vendor))) {
			return;
		}
		Failure failure = Failure.of(event.getException());
		logger.error("The function could not start: {}", failure.rootCauseMessage());
		String path = environment.getProperty("fn.tencent.init-error-path", DEFAULT_INIT_ERROR_PATH);
		URI uri = URI.create("http://" + host + ":" + environment.getProperty("SCF_RUNTIME_API_PORT", "9001") + path);
		try {
			HttpRequest request = HttpRequest.newBuilder(uri)
				.timeout(POST_TIMEOUT)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofByteArray(ScfErrorBody.ofFailedStart(failure, "init-" + UUID.randomUUID(),
						new EventErrorDetail(environment.getProperty("fn.error.include-stacktrace", Boolean.class, true),
								environment.getProperty("fn.error.include-event-message", Boolean.class, true)))))
				.build();
			HttpClient.newBuilder().connectTimeout(POST_TIMEOUT).build().send(request, HttpResponse.BodyHandlers.discarding());
		}
		catch (Exception ex) {
			logger.warn("Could not report the failed start to {}: {}", uri, ex.toString());
		}
	}

}
