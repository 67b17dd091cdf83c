package io.github.fnspring.maven;

import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Writes upload-ready packages for Alibaba FC, Tencent SCF and Huawei FunctionGraph under
 * {@code target/fn/}, with deployment descriptors for the project's exported functions, or for
 * its web application as one HTTP function.
 * Each package is a plain class path (no nested jars), with Spring AOT made for its cloud and
 * JVM options for a small, short-lived instance.
 */
@Mojo(name = "package", defaultPhase = LifecyclePhase.PACKAGE, requiresDependencyResolution = ResolutionScope.RUNTIME,
		threadSafe = true)
public class PackageMojo extends AbstractMojo {

	/**
	 * The bootstrap's JVM options, chosen by cold-start measurements (docs/performance.md):
	 * one GC thread and the C1 compiler suit a small instance that must answer fast, a smaller
	 * thread stack and no perf-data file trim start-up work. No {@code -Xshare} option: the
	 * default already uses a class-data archive when one matches the JVM, and Java 25's
	 * ahead-of-time cache refuses to be written with one.
	 */
	static final String DEFAULT_JVM_OPTIONS = "-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k -XX:-UsePerfData "
			+ "-XX:+ExitOnOutOfMemoryError";

	private static final FileTime ENTRY_TIME = FileTime.from(Instant.parse("1980-02-01T00:00:00Z"));

	private static final int SMALLEST_FUNCTION_MB = 128;

	/** Long enough for a start and an answer; a list is only worth so much waiting. */
	private static final Duration CLASS_LIST_TRAINING_TIMEOUT = Duration.ofMinutes(2);

	@Parameter(defaultValue = "${project}", readonly = true, required = true)
	private MavenProject project;

	/** Which packages to write: {@code aliyun}, {@code tencent}, {@code huawei}, {@code huawei-custom}. */
	@Parameter(property = "fn.clouds", defaultValue = "aliyun,tencent,huawei,huawei-custom")
	private List<String> clouds;

	/** The application's main class; by default {@code start-class}, else the {@code @SpringBootApplication} class. */
	@Parameter(property = "fn.mainClass", defaultValue = "${start-class}")
	private String mainClass;

	/**
	 * The Java 17+ home on the target, where the bootstrap looks first (e.g. a layer). It also
	 * picks FC's official Java layer in {@code s.yaml}: {@code /opt/java17} the {@code Java17}
	 * layer, {@code /opt/java21} the {@code Java21} layer, any other home none.
	 */
	@Parameter(property = "fn.javaHome", defaultValue = "/opt/java17")
	private String javaHome;

	/** JVM options added after the computed ones, so that they win (an {@code -Xmx} here sets the heap). */
	@Parameter(property = "fn.jvmOptions", defaultValue = "")
	private String jvmOptions;

	/** The function's memory in MB: written into the descriptors and, halved, the heap. */
	@Parameter(property = "fn.memoryMb", defaultValue = "512")
	private int memoryMb;

	/** The function's timeout in seconds, written into the descriptors. */
	@Parameter(property = "fn.timeoutSeconds", defaultValue = "60")
	private int timeoutSeconds;

	/** Whether to make a Spring AOT build per cloud and switch it on inside the package. */
	@Parameter(property = "fn.aot", defaultValue = "true")
	private boolean aot;

	/**
	 * A Linux x64 Java 17+ runtime to ship in the bootstrap packages as {@code runtime/}; the
	 * build then also makes a class-data sharing archive for it.
	 */
	@Parameter(property = "fn.bundledRuntime")
	private File bundledRuntime;

	/**
	 * Whether packages without a bundled runtime preload, on a second thread as the
	 * application starts, the classes its start and first invocation load: the build lists them
	 * in a training run of each such package (which answers {@code cdsTrainingEvent} or
	 * {@code cdsTrainingRequest} like the class-data sharing training run) and puts the list in
	 * {@code app.jar}. {@code FN_PRELOAD_CLASSES=false} in a function's environment switches
	 * preloading off without a new build.
	 */
	@Parameter(property = "fn.preloadClasses", defaultValue = "true")
	private boolean preloadClasses;

	/**
	 * The function the class-data sharing training run invokes (with {@code bundledRuntime}, and
	 * in the Dockerfile); by default the first exported function.
	 */
	@Parameter(property = "fn.cdsTrainingFunction")
	private String cdsTrainingFunction;

	/**
	 * A representative event for {@code cdsTrainingFunction}: the archive then also holds the
	 * classes a first invocation loads. Without one, the training run only starts the application.
	 */
	@Parameter(property = "fn.cdsTrainingEvent")
	private String cdsTrainingEvent;

	/**
	 * For a web application: a request path, with its query if any, that the class-data sharing
	 * training run sends as {@code GET} to the application's own server, for example
	 * {@code /hello?name=warm-up}: the archive then also holds the classes a controller's first
	 * answer loads. Without one (and without {@code cdsTrainingEvent}), the training run only
	 * starts the application.
	 */
	@Parameter(property = "fn.cdsTrainingRequest")
	private String cdsTrainingRequest;

	/**
	 * The exported function names for the descriptors; found from {@code @ServerlessFunction} when
	 * empty. Listing them also turns off the build's checks of the found functions.
	 */
	@Parameter
	private List<String> functions;

	/**
	 * Whether to package an application that exports no function and starts no web server,
	 * which the build refuses otherwise, as the application refuses to start: for one that sets
	 * {@code spring.cloud.function.definition} or registers its functions in other ways.
	 */
	@Parameter(property = "fn.allowNoExportedFunction", defaultValue = "false")
	private boolean allowNoExportedFunction;

	@Parameter(defaultValue = "${project.build.directory}/fn")
	private File outputDirectory;

	@Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true)
	private File classesDirectory;

	@Parameter(defaultValue = "${maven.compiler.release}", readonly = true)
	private String release;

	@Parameter(property = "fn.skip", defaultValue = "false")
	private boolean skip;

	@Override
	public void execute() throws MojoExecutionException, MojoFailureException {
		if (this.skip) {
			getLog().info("Skipping fn-spring packages (fn.skip)");
			return;
		}
		if (this.memoryMb < SMALLEST_FUNCTION_MB) {
			throw new MojoExecutionException("memoryMb is " + this.memoryMb + "; the smallest function is "
					+ SMALLEST_FUNCTION_MB + " MB");
		}
		try {
			build();
		}
		catch (IOException | IllegalArgumentException | IllegalStateException ex) {
			throw new MojoExecutionException(ex.getMessage(), ex);
		}
	}

	private void build() throws IOException, MojoFailureException {
		// an unknown name fails before any work is done
		Set<CloudPackage> packages = this.clouds.stream()
			.map(CloudPackage::of)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(CloudPackage.class)));
		Path classes = this.classesDirectory.toPath();
		Path output = this.outputDirectory.toPath();
		Path work = Path.of(this.project.getBuild().getDirectory(), "fn-work");
		Dependencies dependencies = Dependencies.packagedFrom(this.project.getArtifacts());
		String application = ApplicationClass.of(this.mainClass, classes);
		ScannedApplication scanned = scanApplication(classes, dependencies);
		checkTrainingRequest(this.cdsTrainingRequest, scanned.webApplication());
		if (scanned.webApplication() && packages.contains(CloudPackage.HUAWEI)
				&& !packages.contains(CloudPackage.HUAWEI_CUSTOM)) {
			getLog().warn("A web application is deployed to FunctionGraph as an HTTP function from huawei-custom.zip; "
					+ "with only huawei.zip (the built-in runtime) no main.tf is written. Add huawei-custom to clouds.");
		}
		List<ExportedFunction> found = scanned.exportedFunctions();
		List<String> exported = describedFunctions(found, scanned.webApplication());
		Set<String> timerTriggered = found.stream()
			.filter(ExportedFunction::consumesTimerEvents)
			.map(ExportedFunction::name)
			.filter(exported::contains)
			.collect(Collectors.toSet());
		TrainingRun.Workload trainingWorkload = new TrainingRun.Workload(trainingFunction(exported),
				this.cdsTrainingEvent, this.cdsTrainingRequest);
		ProcessRunner processRunner = new ProcessRunner(Duration.ofMinutes(5));
		TrainingRun trainingRun = new TrainingRun(processRunner);
		List<Path> classPath = new ArrayList<>();
		classPath.add(classes);
		classPath.addAll(dependencies.files());
		AotBuild aotBuild = new AotBuild(Path.of(System.getProperty("java.home"), "bin", "java"), classPath,
				releaseOrDefault(), processRunner);
		PackageWriter writer = new PackageWriter(new ApplicationJar(application, ENTRY_TIME), dependencies,
				new BootstrapSettings(this.project.getArtifactId(), this.javaHome, DEFAULT_JVM_OPTIONS,
						(this.jvmOptions != null) ? this.jvmOptions.trim() : "", this.memoryMb),
				(this.bundledRuntime != null) ? this.bundledRuntime.toPath() : null, new CdsTraining(trainingRun),
				classListTraining(),
				trainingWorkload, getLog()::warn);
		Files.createDirectories(output);
		for (CloudPackage cloud : packages) {
			Path aotOutput = null;
			if (this.aot) {
				getLog().info("Spring AOT for " + cloud.id());
				aotOutput = aotBuild.process(application, cloud.aotProperties(), this.project.getGroupId(),
						this.project.getArtifactId(), work.resolve(cloud.id()).resolve("aot"));
			}
			Path zip = writer.write(cloud, classes, aotOutput, output, work.resolve(cloud.id()));
			long size = Files.size(zip);
			getLog().info(String.format("%s (%,d KB)", zip, size / 1024));
			if (cloud.uploadLimitBytes() > 0 && size > cloud.uploadLimitBytes()) {
				getLog().warn(String.format("%s is larger than the %d MB its cloud takes as a direct upload: upload it"
						+ " through object storage instead (see docs/deploy.md of fn-spring)", zip.getFileName(),
						cloud.uploadLimitBytes() / (1024 * 1024)));
			}
		}
		new Descriptors(this.project.getArtifactId(), scanned.deployment(), this.memoryMb, this.timeoutSeconds,
				this.javaHome, this.bundledRuntime != null, exported, timerTriggered, trainingWorkload)
			.write(output, packages);
	}

	/**
	 * The class-list training, unless switched off or the launchers cannot run here. It starts
	 * the application, so an application that hangs at start (waiting for a database, say)
	 * holds the build for at most {@link #CLASS_LIST_TRAINING_TIMEOUT}.
	 */
	private ClassListTraining classListTraining() {
		if (!this.preloadClasses) {
			return null;
		}
		if (File.separatorChar == '\\') {
			getLog().info("No class lists for the packages: their training runs start the bash launchers, which "
					+ "Windows cannot run (build on Linux or macOS for them)");
			return null;
		}
		return new ClassListTraining(new TrainingRun(new ProcessRunner(CLASS_LIST_TRAINING_TIMEOUT)),
				Path.of(System.getProperty("java.home")));
	}

	private String trainingFunction(List<String> exported) {
		if (this.cdsTrainingFunction == null || this.cdsTrainingFunction.isBlank()) {
			// a web application may export none: an empty FN_FUNCTION pins none, and the run starts it
			return exported.isEmpty() ? "" : exported.get(0);
		}
		if (!exported.contains(this.cdsTrainingFunction)) {
			throw new IllegalStateException("cdsTrainingFunction '" + this.cdsTrainingFunction
					+ "' is not an exported function; exported: " + exported);
		}
		return this.cdsTrainingFunction;
	}

	/**
	 * The {@code @ServerlessFunction} beans of the compiled classes, and whether the run-time
	 * class path makes a web application. Unless the functions are listed in the plugin, an
	 * export the application would refuse to start with fails the build.
	 */
	/** A training request is a web application's, and a path the training run can send. */
	static void checkTrainingRequest(String request, boolean webApplication) throws MojoFailureException {
		if (request == null || request.isBlank()) {
			return;
		}
		if (!webApplication) {
			throw new MojoFailureException("cdsTrainingRequest '" + request
					+ "' is for web applications, and this project is none: use cdsTrainingEvent");
		}
		try {
			if (!request.startsWith("/")
					|| URI.create("http://localhost" + request).getRawAuthority() == null) {
				throw new IllegalArgumentException("not a path");
			}
		}
		catch (IllegalArgumentException ex) {
			throw new MojoFailureException("cdsTrainingRequest '" + request
					+ "' is not a request path such as /hello?name=warm-up (URL-encoded)");
		}
	}

	private ScannedApplication scanApplication(Path classes, Dependencies dependencies)
			throws IOException, MojoFailureException {
		// the project's classes too: a timer event consumer is known by its class's signature
		List<URL> urls = new ArrayList<>();
		urls.add(url(classes));
		for (Path path : dependencies.files()) {
			urls.add(url(path));
		}
		try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), null)) {
			List<ExportedFunction> found = new ExportedFunctionScanner(loader).scan(classes);
			boolean webApplication = WebApplicationClassPath.isWebApplication(loader);
			if (!functionsListed()) {
				ExportedFunctionCheck.check(found, webApplication,
						this.allowNoExportedFunction || ConfiguredDefinition.isSet(classes));
			}
			return new ScannedApplication(found, webApplication);
		}
	}

	/**
	 * The exported function names for the descriptors: one cloud function each, or, in a web
	 * application, served by its one HTTP function, which is named after the project.
	 */
	private List<String> describedFunctions(List<ExportedFunction> found, boolean webApplication) {
		if (webApplication) {
			getLog().info("Web application: the descriptors describe one HTTP function, "
					+ CloudFunctionNames.ofWebApplication(this.project.getArtifactId()));
		}
		List<String> names;
		if (functionsListed()) {
			names = List.copyOf(this.functions);
		}
		else if (found.isEmpty() && webApplication) {
			// its controllers are what it serves
			names = List.of();
		}
		else if (found.isEmpty()) {
			getLog().warn("No @ServerlessFunction beans found; the descriptors name one function, "
					+ this.project.getArtifactId() + " (set the plugin's functions parameter to list them)");
			names = List.of(this.project.getArtifactId());
		}
		else {
			names = found.stream().map(ExportedFunction::name).toList();
			getLog().info("Exported functions: " + names);
		}
		if (!webApplication) {
			// each becomes a cloud function; a web application's are only named in notes
			CloudFunctionNames.check(names);
		}
		return names;
	}

	private boolean functionsListed() {
		return this.functions != null && !this.functions.isEmpty();
	}

	private static URL url(Path path) {
		try {
			return path.toUri().toURL();
		}
		catch (MalformedURLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String releaseOrDefault() {
		return (this.release == null || this.release.isBlank()) ? "17" : this.release;
	}

	/** What the scan of the compiled classes and their run-time class path found. */
	record ScannedApplication(List<ExportedFunction> exportedFunctions, boolean webApplication) {

		Descriptors.Deployment deployment() {
			return this.webApplication ? Descriptors.Deployment.WEB_APPLICATION
					: Descriptors.Deployment.EVENT_FUNCTIONS;
		}

	}

	/** Values the bootstrap script is rendered with. */
	record BootstrapSettings(String project, String javaHome, String jvmOptions, String extraJvmOptions,
			int memoryMb) {

		Map<String, String> values(CloudPackage cloud) {
			Map<String, String> values = new LinkedHashMap<>();
			values.put("project", this.project);
			values.put("cloud", cloud.id());
			values.put("javaHome", this.javaHome);
			values.put("jvmOptions", this.jvmOptions);
			values.put("extraJvmOptions", this.extraJvmOptions);
			values.put("memory", Integer.toString(this.memoryMb));
			return values;
		}

	}

}
