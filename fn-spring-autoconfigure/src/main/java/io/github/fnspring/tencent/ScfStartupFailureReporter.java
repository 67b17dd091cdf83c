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
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;

import io.github.fnspring.autoconfigure.FnProperties;
import io.github.fnspring.core.Failure;
import io.github.fnspring.platform.PlatformChoice;

/**
 * Reports a failed start of an SCF custom runtime before the process exits, so that SCF
 * shows the cause at once instead of waiting for its initialization timeout: logged, and
 * posted to the Runtime API's init-error path ({@code fn.tencent.init-error-path}, bound as
 * {@link TencentProperties} binds it; Tencent
 * does not document one, so the post is best-effort).
 */
class ScfStartupFailureReporter implements ApplicationListener<ApplicationFailedEvent> {

	private static final Logger logger = LoggerFactory.getLogger(ScfStartupFailureReporter.class);

	private static final Duration POST_TIMEOUT = Duration.ofSeconds(2);

	/** Whether SCF is the platform served; not when fn.vendor itself is what failed the start. */
	private static boolean choosesScf(Environment environment) {
		try {
			return PlatformChoice.of(environment).platform().id().equals(TencentPlatform.ID);
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	@Override
	public void onApplicationEvent(ApplicationFailedEvent event) {
		Environment environment = (event.getApplicationContext() != null) ? event.getApplicationContext().getEnvironment()
				: new StandardEnvironment();
		String host = environment.getProperty("SCF_RUNTIME_API");
		if (host == null || !choosesScf(environment)) {
			return;
		}
		Failure failure = Failure.of(event.getException());
		logger.error("The function could not start: {}", failure.rootCauseMessage());
		// Bound as the properties classes bind them: the failed context may never have bound them
		Binder binder = Binder.get(environment);
		TencentProperties tencent = binder.bindOrCreate(TencentProperties.PREFIX, TencentProperties.class);
		FnProperties.Error error = binder.bindOrCreate("fn.error", FnProperties.Error.class);
		URI uri = URI.create("http://" + host + ":" + environment.getProperty("SCF_RUNTIME_API_PORT", "9001")
				+ tencent.getInitErrorPath());
		try {
			HttpRequest request = HttpRequest.newBuilder(uri)
				.timeout(POST_TIMEOUT)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofByteArray(ScfErrorBody.ofFailedStart(failure, "init-" + UUID.randomUUID(),
						error.eventErrorDetail())))
				.build();
			HttpClient.newBuilder().connectTimeout(POST_TIMEOUT).build().send(request, HttpResponse.BodyHandlers.discarding());
		}
		catch (Exception ex) {
			logger.warn("Could not report the failed start to {}: {}", uri, ex.toString());
		}
	}

}
