package io.github.fnspring.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes a package's class-data sharing archive ({@code app.jsa}) by starting it once through its
 * own {@code bootstrap} up to a refreshed application context. Only for packages that bring their
 * runtime: an archive is valid only for the exact JVM build that wrote it.
 */
final class CdsTraining {

	static final String ARCHIVE = "app.jsa";

	private final ProcessRunner processRunner;

	CdsTraining(ProcessRunner processRunner) {
		this.processRunner = processRunner;
	}

	/**
	 * @param environment the cloud's environment for the training start, e.g. the variable that
	 * names the function
	 */
	Path train(Path packageDirectory, String launcher, Map<String, String> environment, Path workDirectory)
			throws IOException {
		Map<String, String> trainingEnvironment = new HashMap<>(environment);
		trainingEnvironment.put("FN_CDS_TRAINING", "true");
		// nothing may listen beyond loopback, nor clash with a port in use, during the build
		trainingEnvironment.put("FN_SERVER_ADDRESS", "127.0.0.1");
		trainingEnvironment.put("FN_SERVER_PORT", "0");
		this.processRunner.run(List.of(packageDirectory.resolve(launcher).toString()), trainingEnvironment,
				workDirectory, "Class-data sharing training run of " + packageDirectory.getFileName());
		Path archive = packageDirectory.resolve(ARCHIVE);
		if (!Files.isRegularFile(archive)) {
			throw new IOException("The training run wrote no " + ARCHIVE + "; see " + workDirectory.resolve("process.log"));
		}
		return archive;
	}

}
