package io.github.fnspring.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The deployment descriptors next to the packages, one cloud function per exported function:
 * {@code s.yaml} (Serverless Devs, FC 3.0), {@code serverless.yml} (Serverless Framework, SCF),
 * {@code main.tf} (Terraform, FunctionGraph), and a {@code Dockerfile} for container images.
 */
final class Descriptors {

	private final Map<String, String> values;

	private final List<String> functions;

	/**
	 * @param trainingEvent the Dockerfile's class-data sharing training event, or {@code null}
	 */
	Descriptors(String project, int memoryMb, int timeoutSeconds, String javaHome, List<String> functions,
			String trainingFunction, String trainingEvent) {
		this.values = Map.of("project", project.toLowerCase(Locale.ROOT), "memory", Integer.toString(memoryMb),
				"timeout", Integer.toString(timeoutSeconds), "javaHome", javaHome, "trainingFunction", trainingFunction,
				"trainingEvent", (trainingEvent != null) ? shellQuoted(trainingEvent) : "''");
		this.functions = functions;
	}

	void write(Path outputDirectory, Set<CloudPackage> clouds) throws IOException {
		if (clouds.contains(CloudPackage.ALIYUN)) {
			render("s.yaml", outputDirectory);
		}
		if (clouds.contains(CloudPackage.TENCENT)) {
			render("serverless.yml", outputDirectory);
		}
		if (clouds.contains(CloudPackage.HUAWEI)) {
			render("main.tf", outputDirectory);
		}
		if (clouds.stream().anyMatch((cloud) -> cloud.layout() == CloudPackage.Layout.BOOTSTRAP)) {
			render("Dockerfile", outputDirectory);
		}
	}

	/** A single-quoted shell word, for the Dockerfile's RUN line. */
	static String shellQuoted(String text) {
		return "'" + text.replace("'", "'\\''") + "'";
	}

	private void render(String name, Path outputDirectory) throws IOException {
		Files.writeString(outputDirectory.resolve(name), Template.load(name).render(this.values, this.functions),
				StandardCharsets.UTF_8);
	}

}
