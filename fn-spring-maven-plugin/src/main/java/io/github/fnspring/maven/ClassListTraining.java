package io.github.fnspring.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Lists the classes a package's start and first invocation load, in the order they load, by
 * starting it once through its own launcher on the build's Java with class loading logged. The
 * application preloads that list on a second thread when it starts (fn-spring's
 * {@code ClassPreload}): for packages on the clouds' own Java, which can have no class-data
 * archive.
 *
 * <p>Only classes read from the JDK's modules or from the package's jars are listed: the JDK's
 * archived classes load quickly anyway, and generated classes (lambdas, proxies) cannot be
 * loaded by name. A list made on another Java than the cloud's is still right for the
 * package's own classes; a JDK class the cloud's Java lacks is skipped when preloaded.
 */
final class ClassListTraining {

	/** Where fn-spring's {@code ClassPreload} looks for the list: inside {@code app.jar}. */
	static final String CLASS_LIST = "META-INF/fn-spring/preload-classes.txt";

	/** Written into the package directory, the launcher's working directory, and removed after. */
	private static final String LOG = "fn-class-load.log";

	private static final String SOURCE = " source: ";

	private final TrainingRun trainingRun;

	private final Path javaHome;

	/** @param javaHome the Java the training run uses: the build's */
	ClassListTraining(TrainingRun trainingRun, Path javaHome) {
		this.trainingRun = trainingRun;
		this.javaHome = javaHome;
	}

	/**
	 * @param properties the package's AOT properties, which the run gets as system properties:
	 * they name the platform that its AOT build froze
	 * @return the class list, one binary name per line
	 */
	byte[] train(Path packageDirectory, String launcher, Map<String, String> properties, TrainingRun.Workload workload,
			Path workDirectory) throws IOException {
		Path log = packageDirectory.resolve(LOG);
		try {
			// The launcher keeps the options it computes (the build's jvmOptions among them); the
			// JVM adds JAVA_TOOL_OPTIONS. The training is switched on by a system property, since
			// FN_CDS_TRAINING would also make the launcher write an archive.
			StringBuilder options = new StringBuilder("-Dfn.cds.training=true");
			new TreeMap<>(properties).forEach((name, value) -> options.append(" -D").append(name).append('=').append(value));
			options.append(" -Xlog:class+load=info:file=").append(LOG).append(":none");
			this.trainingRun.run(packageDirectory, launcher, workload,
					Map.of("FN_JAVA_HOME", this.javaHome.toString(), "JAVA_TOOL_OPTIONS", options.toString()),
					workDirectory, "Class-list training run of " + packageDirectory.getFileName());
			List<String> names = classNames(Files.readAllLines(log, StandardCharsets.UTF_8));
			if (names.isEmpty()) {
				throw new IOException("The class-list training run logged no class loaded from the package; see "
						+ workDirectory.resolve("process.log"));
			}
			return (String.join("\n", names) + "\n").getBytes(StandardCharsets.UTF_8);
		}
		finally {
			Files.deleteIfExists(log);
		}
	}

	/**
	 * The names in a class-loading log ({@code -Xlog:class+load} without decorations) of the
	 * classes read from the JDK's modules or from jars or directories, each once, in order.
	 */
	static List<String> classNames(List<String> logLines) {
		Set<String> names = new LinkedHashSet<>();
		for (String line : logLines) {
			int source = line.indexOf(SOURCE);
			if (source <= 0) {
				continue;
			}
			String from = line.substring(source + SOURCE.length());
			if (from.startsWith("jrt:/") || from.startsWith("file:") || from.startsWith("jar:")) {
				names.add(line.substring(0, source).strip());
			}
		}
		return List.copyOf(names);
	}

}
