package io.github.fnspring.maven;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts a package once through its own launcher, outside any cloud's environment, for the
 * application to answer a training workload through its local transport and exit: what
 * {@link CdsTraining} archives and {@link ClassListTraining} lists.
 */
final class TrainingRun {

	private final ProcessRunner processRunner;

	TrainingRun(ProcessRunner processRunner) {
		this.processRunner = processRunner;
	}

	/**
	 * @param environment what this training adds to the run's environment
	 * @param description what the run is called in a failure's message
	 */
	void run(Path packageDirectory, String launcher, Workload workload, Map<String, String> environment,
			Path workDirectory, String description) throws IOException {
		Map<String, String> trainingEnvironment = new HashMap<>(environment);
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
				workDirectory, description);
	}

	/**
	 * What the training run makes the application do before it exits.
	 * @param function the exported function the training event goes to; empty when there is none
	 * @param event the training event, or {@code null}
	 * @param request a web application's request path (and query), sent as {@code GET} to its
	 * own server, or {@code null}; with neither, the run covers the start only
	 */
	record Workload(String function, String event, String request) {
	}

}
