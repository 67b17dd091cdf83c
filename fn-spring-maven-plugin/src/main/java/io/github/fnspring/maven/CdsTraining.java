package io.github.fnspring.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes a package's class-data sharing archive ({@code app.aot} on Java 25 and later,
 * {@code app.jsa} before) by starting it once through its
 * own {@code bootstrap}, outside any cloud's environment: the application answers the training
 * event through its local transport and exits, and the JVM archives the classes that start and
 * that first invocation loaded. Only for packages that bring their runtime: an archive is valid
 * only for the exact JVM build that wrote it.
 */
final class CdsTraining {

	/** What Java 25 and later write: an ahead-of-time cache, classes already linked. */
	static final String AOT_CACHE = "app.aot";

	/** What Java 17 to 24 write: a dynamic CDS archive. */
	static final String CDS_ARCHIVE = "app.jsa";

	private final ProcessRunner processRunner;

	CdsTraining(ProcessRunner processRunner) {
		this.processRunner = processRunner;
	}

	Path train(Path packageDirectory, String launcher, Workload workload, Path workDirectory) throws IOException {
		Map<String, String> trainingEnvironment = new HashMap<>();
		trainingEnvironment.put("FN_CDS_TRAINING", "true");
		trainingEnvironment.put("FN_FUNCTION", workload.function());
		if (workload.event() != null) {
			trainingEnvironment.put("FN_CDS_EVENT", workload.event());
		}
		if (workload.request() != null) {
			trainingEnvironment.put("FN_CDS_REQUEST", workload.request());
		}
		// nothing may listen beyond loopback, nor clash with a port in use, during the build:
		// neither fn-spring's server nor a web application's own
		trainingEnvironment.put("FN_SERVER_ADDRESS", "127.0.0.1");
		trainingEnvironment.put("FN_SERVER_PORT", "0");
		trainingEnvironment.put("SERVER_ADDRESS", "127.0.0.1");
		trainingEnvironment.put("SERVER_PORT", "0");
		this.processRunner.run(List.of(packageDirectory.resolve(launcher).toString()), trainingEnvironment,
				workDirectory, "Class-data sharing training run of " + packageDirectory.getFileName());
		for (String name : List.of(AOT_CACHE, CDS_ARCHIVE)) {
			Path archive = packageDirectory.resolve(name);
			if (Files.isRegularFile(archive) && Files.size(archive) > 0) {
				return archive;
			}
		}
		throw new IOException("The training run wrote neither " + AOT_CACHE + " nor " + CDS_ARCHIVE + "; see "
				+ workDirectory.resolve("process.log"));
	}

	/**
	 * What the training run makes the application do before it exits.
	 * @param function the exported function the training event goes to; empty when there is none
	 * @param event the training event, or {@code null}
	 * @param request a web application's request path (and query), sent as {@code GET} to its
	 * own server, or {@code null}; with neither, the run archives the start only
	 */
	record Workload(String function, String event, String request) {
	}

}
