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
 * The deployment descriptors next to the packages: {@code s.yaml} (Serverless Devs, FC 3.0),
 * {@code serverless.yml} (Serverless Framework, SCF), {@code main.tf} (Terraform, FunctionGraph),
 * each describing the project's {@link Deployment}, and a {@code Dockerfile} for container images.
 */
final class Descriptors {

	/** What the descriptors deploy, and from which template each cloud's descriptor is written. */
	enum Deployment {

		/** One event function per exported function; FunctionGraph's in its built-in Java runtime. */
		EVENT_FUNCTIONS(new Descriptor(CloudPackage.ALIYUN, "s.yaml", "s.yaml"),
				new Descriptor(CloudPackage.TENCENT, "serverless.yml", "serverless.yml"),
				new Descriptor(CloudPackage.HUAWEI, "main.tf", "main.tf")),

		/**
		 * One HTTP function, named after the project, serving a whole web application through its
		 * controllers; FunctionGraph's starts the bootstrap of {@code huawei-custom.zip}.
		 */
		WEB_APPLICATION(new Descriptor(CloudPackage.ALIYUN, "s-web.yaml", "s.yaml"),
				new Descriptor(CloudPackage.TENCENT, "serverless-web.yml", "serverless.yml"),
				new Descriptor(CloudPackage.HUAWEI_CUSTOM, "main-web.tf", "main.tf"));

		private final List<Descriptor> descriptors;

		Deployment(Descriptor... descriptors) {
			this.descriptors = List.of(descriptors);
		}

	}

	/** A cloud's descriptor: written, from its template, when the cloud's package is. */
	private record Descriptor(CloudPackage cloud, String template, String fileName) {
	}

	private final Deployment deployment;

	private final Map<String, String> values;

	private final List<String> functions;

	private final Set<String> timerTriggered;

	/**
	 * @param project the project's name; lower-cased, it names a web application's one function
	 * @param bundledRuntime whether the packages bring their own Java ({@code bundledRuntime}),
	 * so that no FC Java layer is needed
	 * @param functions the exported functions: one cloud function each, or, for a web
	 * application, named in the descriptors' notes
	 * @param timerTriggered the functions that consume {@code TimerEvent}s, which get a timer
	 * trigger
	 * @param training what the Dockerfile's class-data sharing training run makes the application do
	 */
	Descriptors(String project, Deployment deployment, int memoryMb, int timeoutSeconds, String javaHome,
			boolean bundledRuntime, List<String> functions, Set<String> timerTriggered, TrainingRun.Workload training) {
		Optional<FcJavaLayer> layer = bundledRuntime ? Optional.empty() : FcJavaLayer.forJavaHome(javaHome);
		this.deployment = deployment;
		this.values = Map.ofEntries(Map.entry("project", project.toLowerCase(Locale.ROOT)),
				Map.entry("memory", Integer.toString(memoryMb)), Map.entry("timeout", Integer.toString(timeoutSeconds)),
				Map.entry("javaHome", javaHome), Map.entry("trainingFunction", training.function()),
				Map.entry("trainingEvent", (training.event() != null) ? shellQuoted(training.event()) : "''"),
				Map.entry("trainingRequest", (training.request() != null) ? shellQuoted(training.request()) : "''"),
				Map.entry("javaLayerVars", javaLayerVars(layer, javaHome, bundledRuntime)),
				Map.entry("javaLayers", javaLayers(layer)),
				Map.entry("exportedFunctions", functions.isEmpty() ? "none" : String.join(", ", functions)),
				Map.entry("huaweiJava", huaweiCustomJava(javaHome, bundledRuntime)),
				Map.entry("builtInJavaOptions", builtInRuntimeJavaOptions(memoryMb)));
		this.functions = functions;
		this.timerTriggered = Set.copyOf(timerTriggered);
	}

	void write(Path outputDirectory, Set<CloudPackage> clouds) throws IOException {
		for (Descriptor descriptor : this.deployment.descriptors) {
			if (clouds.contains(descriptor.cloud())) {
				render(descriptor.template(), descriptor.fileName(), outputDirectory);
			}
		}
		if (clouds.stream().anyMatch((cloud) -> cloud.layout() == CloudPackage.Layout.BOOTSTRAP)) {
			render("Dockerfile", "Dockerfile", outputDirectory);
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

	/**
	 * What FunctionGraph's built-in runtime's JVM should run with: the options of fn-spring's
	 * own packages, after turning off every product collector a runtime may have chosen (a JVM
	 * takes one, and refuses two) and heap pre-touching. Its open-source counterpart starts Java
	 * with ZGC, {@code AlwaysPreTouch} and a heap as large as the function's memory, which a
	 * 128 MB function cannot hold.
	 */
	static String builtInRuntimeJavaOptions(int memoryMb) {
		return "-XX:-UseZGC -XX:-UseG1GC -XX:-UseParallelGC -XX:-UseShenandoahGC " + PackageMojo.DEFAULT_JVM_OPTIONS
				+ " -XX:-AlwaysPreTouch -Xmx" + (memoryMb / 2) + "m";
	}

	/**
	 * Where the bootstrap of {@code huawei-custom.zip}, which a web application's {@code main.tf}
	 * deploys, finds Java.
	 */
	private static String huaweiCustomJava(String javaHome, boolean bundledRuntime) {
		if (bundledRuntime) {
			return "# Java: huawei-custom.zip brings its own, in runtime/ (bundledRuntime).";
		}
		return String.join("\n",
				"# Java: huawei-custom.zip brings none. Its bootstrap looks for Java 17+ in the package's",
				"# runtime/, then in the plugin's javaHome, " + javaHome.trim() + ", and in JAVA_HOME (see",
				"# docs/deploy.md of fn-spring). Build with bundledRuntime, or see Providing Java in",
				"# docs/huawei-functiongraph.md of fn-spring.");
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

	private void render(String template, String fileName, Path outputDirectory) throws IOException {
		Files.writeString(outputDirectory.resolve(fileName),
				Template.load(template).render(this.values, this.functions, this::aliyunTriggers),
				StandardCharsets.UTF_8);
	}

}
