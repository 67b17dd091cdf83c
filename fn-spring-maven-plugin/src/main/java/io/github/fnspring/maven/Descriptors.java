package io.github.fnspring.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The deployment descriptors next to the packages, one cloud function per exported function:
 * {@code s.yaml} (Serverless Devs, FC 3.0), {@code serverless.yml} (Serverless Framework, SCF),
 * {@code main.tf} (Terraform, FunctionGraph), and a {@code Dockerfile} for container images.
 */
final class Descriptors {

	private final Map<String, String> values;

	private final List<String> functions;

	private final Set<String> timerTriggered;

	/**
	 * @param bundledRuntime whether the packages bring their own Java ({@code bundledRuntime}),
	 * so that no FC Java layer is needed
	 * @param timerTriggered the functions that consume {@code TimerEvent}s, which get a timer
	 * trigger
	 * @param trainingEvent the Dockerfile's class-data sharing training event, or {@code null}
	 */
	Descriptors(String project, int memoryMb, int timeoutSeconds, String javaHome, boolean bundledRuntime,
			List<String> functions, Set<String> timerTriggered, String trainingFunction, String trainingEvent) {
		Optional<FcJavaLayer> layer = bundledRuntime ? Optional.empty() : FcJavaLayer.forJavaHome(javaHome);
		this.values = Map.of("project", project.toLowerCase(Locale.ROOT), "memory", Integer.toString(memoryMb),
				"timeout", Integer.toString(timeoutSeconds), "javaHome", javaHome, "trainingFunction", trainingFunction,
				"trainingEvent", (trainingEvent != null) ? shellQuoted(trainingEvent) : "''", "javaLayerVars",
				javaLayerVars(layer, javaHome, bundledRuntime), "javaLayers", javaLayers(layer));
		this.functions = functions;
		this.timerTriggered = Set.copyOf(timerTriggered);
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

	/**
	 * The Java layer's lines in the {@code vars} of {@code s.yaml}: the layer and its version,
	 * or a comment saying why there is none.
	 */
	private static String javaLayerVars(Optional<FcJavaLayer> layer, String javaHome, boolean bundledRuntime) {
		if (layer.isPresent()) {
			return String.join("\n",
					"  # FC's official Java layer for the JAVA_HOME below (the plugin's javaHome): Java17",
					"  # version 3 installs /opt/java17, Java21 version 2 installs /opt/java21.",
					"  javaLayer: " + layer.get().layerName(), "  javaLayerVersion: " + layer.get().version());
		}
		if (bundledRuntime) {
			return String.join("\n",
					"  # No FC Java layer: the package brings its own Java in runtime/ (bundledRuntime),",
					"  # which the bootstrap uses before JAVA_HOME.");
		}
		return String.join("\n",
				"  # No FC Java layer: official layers install Java in /opt/java17 (Java17) or /opt/java21",
				"  # (Java21), not in the plugin's javaHome: " + javaHome.trim() + ". Provide Java there yourself,",
				"  # for example with a layer of your own in each function's layers.");
	}

	/** The {@code layers} of each function in {@code s.yaml}, or a comment when there is no Java layer. */
	private static String javaLayers(Optional<FcJavaLayer> layer) {
		if (layer.isPresent()) {
			return String.join("\n", "      layers:",
					"        - acs:fc:${vars.region}:official:layers/${vars.javaLayer}/versions/${vars.javaLayerVersion}");
		}
		return "      # No layers: see the note on the Java layer in vars.";
	}

	/**
	 * The {@code triggers} of a function in {@code s.yaml}: a timer for a function that consumes
	 * {@code TimerEvent}s, else a comment.
	 */
	private Map<String, String> aliyunTriggers(String function) {
		if (!this.timerTriggered.contains(function)) {
			return Map.of("aliyunTriggers",
					"      # No trigger: call it with s invoke, or add one (see the top of this file).");
		}
		return Map.of("aliyunTriggers", String.join("\n",
				"      # " + function + " consumes TimerEvents: FC's timer trigger sends them.", "      triggers:",
				"        - triggerName: timer", "          triggerType: timer", "          triggerConfig:",
				"            # '@every 5m', or a cron expression with seconds first, in UTC:",
				"            # '0 0 2 * * *' is 02:00 UTC every day.", "            cronExpression: '@every 5m'",
				"            # off until you set the schedule you want: a deployed demo must not fire by itself",
				"            enable: false"));
	}

	/** A single-quoted shell word, for the Dockerfile's RUN line. */
	static String shellQuoted(String text) {
		return "'" + text.replace("'", "'\\''") + "'";
	}

	private void render(String name, Path outputDirectory) throws IOException {
		Files.writeString(outputDirectory.resolve(name),
				Template.load(name).render(this.values, this.functions, this::aliyunTriggers), StandardCharsets.UTF_8);
	}

}
