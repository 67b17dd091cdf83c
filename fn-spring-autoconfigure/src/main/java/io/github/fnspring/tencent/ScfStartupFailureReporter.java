package io.github.fnspring.tencent;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

import io.github.fnspring.autoconfigure.FnProperties;
import io.github.fnspring.core.Failure;
import io.github.fnspring.core.RandomIds;

/**
 * Reports a failed start of an SCF custom runtime before the process exits, so that SCF
 * shows the cause at once instead of waiting for its initialization timeout: logged, and
 * posted to the Runtime API's init-error path ({@code fn.tencent.init-error-path}, bound as
 * {@link TencentProperties} binds it; Tencent
 * does not document one, so the post is best-effort).
 */
final class ScfStartupFailureReporter {

	private static final Logger logger = LoggerFactory.getLogger(ScfStartupFailureReporter.class);

	private static final Duration POST_TIMEOUT = Duration.ofSeconds(2);

	/** Reports the failure when the process is an SCF custom runtime, which has a Runtime API to tell. */
	void report(Throwable thrown, Environment environment) {
		String host = environment.getProperty("SCF_RUNTIME_API");
		if (host == null) {
			return;
		}
		Failure failure = Failure.of(thrown);
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
				.POST(HttpRequest.BodyPublishers.ofByteArray(ScfErrorBody.ofFailedStart(failure, "init-" + RandomIds.uuid(),
						error.eventErrorDetail())))
				.build();
			HttpClient.newBuilder().connectTimeout(POST_TIMEOUT).build().send(request, HttpResponse.BodyHandlers.discarding());
		}
		catch (Exception ex) {
			logger.warn("Could not report the failed start to {}: {}", uri, ex.toString());
		}
	}

}
