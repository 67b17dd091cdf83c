package io.github.fnspring.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

	private final TrainingRun trainingRun;

	CdsTraining(TrainingRun trainingRun) {
		this.trainingRun = trainingRun;
	}

	Path train(Path packageDirectory, String launcher, TrainingRun.Workload workload, Path workDirectory)
			throws IOException {
		this.trainingRun.run(packageDirectory, launcher, workload, Map.of("FN_CDS_TRAINING", "true"), workDirectory,
				"Class-data sharing training run of " + packageDirectory.getFileName());
		for (String name : List.of(AOT_CACHE, CDS_ARCHIVE)) {
			Path archive = packageDirectory.resolve(name);
			if (Files.isRegularFile(archive) && Files.size(archive) > 0) {
				return archive;
			}
		}
		throw new IOException("The training run wrote neither " + AOT_CACHE + " nor " + CDS_ARCHIVE + "; see "
				+ workDirectory.resolve("process.log"));
	}

}
