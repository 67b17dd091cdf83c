package io.github.fnspring.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import io.github.fnspring.maven.CloudPackage.Layout;
import io.github.fnspring.maven.PackageMojo.BootstrapSettings;

/**
 * Stages one package under {@code target/fn/<cloud>/} (kept, as the content of a container
 * image) and zips it to {@code target/fn/<cloud>.zip}.
 */
final class PackageWriter {

	/** FunctionGraph's own runtime classes: shipping them would shadow the platform's. */
	private static final String HUAWEI_RUNTIME_PACKAGE = "com/huawei/services/runtime/";

	/** Parts of a JDK that only compilers and linkers use: a function never needs them. */
	private static final List<String> DEVELOPMENT_ONLY = List.of("jmods", "include", "man", "demo", "sample",
			"lib/src.zip", "lib/ct.sym");

	private final ApplicationJar applicationJar;

	private final Dependencies dependencies;

	private final BootstrapSettings bootstrap;

	private final Path bundledRuntime;

	private final CdsTraining cdsTraining;

	private final ClassListTraining classListTraining;

	private final TrainingRun.Workload trainingWorkload;

	private final Consumer<String> warnings;

	/**
	 * @param classListTraining makes the class list of packages without a bundled runtime, or
	 * {@code null} for none
	 * @param warnings where a warning for the build's log goes
	 */
	PackageWriter(ApplicationJar applicationJar, Dependencies dependencies, BootstrapSettings bootstrap,
			Path bundledRuntime, CdsTraining cdsTraining, ClassListTraining classListTraining,
			TrainingRun.Workload trainingWorkload, Consumer<String> warnings) {
		this.applicationJar = applicationJar;
		this.dependencies = dependencies;
		this.bootstrap = bootstrap;
		this.bundledRuntime = bundledRuntime;
		this.cdsTraining = cdsTraining;
		this.classListTraining = classListTraining;
		this.trainingWorkload = trainingWorkload;
		this.warnings = warnings;
	}

	/** @return the zip written */
	Path write(CloudPackage cloud, Path classes, Path aotOutput, Path outputDirectory, Path workDirectory)
			throws IOException {
		Path staging = outputDirectory.resolve(cloud.id());
		AotBuild.deleteRecursively(staging);
		Files.createDirectories(staging);
		List<Path> classDirectories = new ArrayList<>();
		if (aotOutput != null) {
			classDirectories.add(aotOutput);
		}
		classDirectories.add(classes);
		boolean bootstrapLayout = cloud.layout() == Layout.BOOTSTRAP;
		String libraryPrefix = bootstrapLayout ? "lib/" : "";
		List<String> classPath = new ArrayList<>();
		for (Map.Entry<String, Path> dependency : this.dependencies.filesByName().entrySet()) {
			Path target = staging.resolve(libraryPrefix + dependency.getKey());
			Files.createDirectories(target.getParent());
			Files.copy(dependency.getValue(), target);
			classPath.add(libraryPrefix + dependency.getKey());
		}
		Path applicationJar = staging.resolve("app.jar");
		List<String> manifestClassPath = bootstrapLayout ? classPath : List.of();
		this.applicationJar.write(applicationJar, classDirectories, manifestClassPath, aotOutput != null, Map.of());
		if (cloud == CloudPackage.HUAWEI) {
			refuseHuaweiRuntimeClasses(staging);
		}
		if (bootstrapLayout) {
			writeLaunchers(cloud, staging);
			if (this.bundledRuntime != null) {
				copyRuntime(staging.resolve("runtime"));
				this.cdsTraining.train(staging, cloud.launchers().get(0), this.trainingWorkload,
						workDirectory.resolve("cds"));
			}
			else if (this.classListTraining != null) {
				byte[] classList = classList(cloud, staging, workDirectory);
				if (classList != null) {
					this.applicationJar.write(applicationJar, classDirectories, manifestClassPath, aotOutput != null,
							Map.of(ClassListTraining.CLASS_LIST, classList));
				}
			}
		}
		Path zip = outputDirectory.resolve(cloud.id() + ".zip");
		PackageZip.write(staging, zip, cloud.launchers());
		return zip;
	}

	/**
	 * The package's class list, or {@code null} when its training run failed: the list only
	 * speeds a start up, and an application that cannot start on the build machine (it needs a
	 * database, say) still packages, with a warning.
	 */
	private byte[] classList(CloudPackage cloud, Path staging, Path workDirectory) {
		try {
			return this.classListTraining.train(staging, cloud.launchers().get(0), cloud.aotProperties(), this.trainingWorkload,
					workDirectory.resolve("class-list"));
		}
		catch (IOException ex) {
			this.warnings.accept(cloud.id() + ".zip has no class list to preload at start, because " + ex.getMessage()
					+ "\nPackage with -Dfn.preloadClasses=false to skip the training run.");
			return null;
		}
	}

	private void writeLaunchers(CloudPackage cloud, Path staging) throws IOException {
		String script = Template.load("bootstrap").render(this.bootstrap.values(cloud), List.of());
		for (String launcher : cloud.launchers()) {
			Path file = staging.resolve(launcher);
			Files.writeString(file, script, StandardCharsets.UTF_8);
			if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
			}
		}
	}

	private void copyRuntime(Path target) throws IOException {
		if (!Files.isExecutable(this.bundledRuntime.resolve("bin/java"))) {
			throw new IOException("bundledRuntime " + this.bundledRuntime + " has no executable bin/java");
		}
		try (Stream<Path> walk = Files.walk(this.bundledRuntime)) {
			for (Path source : walk.toList()) {
				String relative = this.bundledRuntime.relativize(source).toString();
				if (developmentOnly(relative)) {
					continue;
				}
				Path copy = target.resolve(relative);
				if (Files.isDirectory(source)) {
					Files.createDirectories(copy);
				}
				else {
					Files.copy(source, copy, StandardCopyOption.COPY_ATTRIBUTES);
				}
			}
		}
	}

	private static boolean developmentOnly(String relativePath) {
		return DEVELOPMENT_ONLY.stream()
			.anyMatch((excluded) -> relativePath.equals(excluded) || relativePath.startsWith(excluded + "/"));
	}

	private static void refuseHuaweiRuntimeClasses(Path staging) throws IOException {
		try (Stream<Path> jars = Files.list(staging)) {
			for (Path jar : jars.filter((path) -> path.toString().endsWith(".jar")).toList()) {
				try (ZipFile zip = new ZipFile(jar.toFile())) {
					Enumeration<? extends ZipEntry> entries = zip.entries();
					while (entries.hasMoreElements()) {
						if (entries.nextElement().getName().startsWith(HUAWEI_RUNTIME_PACKAGE)) {
							throw new IOException(jar.getFileName() + " contains FunctionGraph's runtime classes ("
									+ HUAWEI_RUNTIME_PACKAGE + "); they must come from the platform, so keep that"
									+ " dependency in provided or test scope");
						}
					}
				}
			}
		}
	}

}
