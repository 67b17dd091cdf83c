package io.github.fnspring.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.fnspring.maven.PackageMojo.BootstrapSettings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rendered {@code bootstrap} run by bash against a stand-in {@code java} that records its
 * arguments: which runtime it picks, the options it computes, and what it refuses.
 */
class BootstrapScriptTest {

	@TempDir
	Path packageDir;

	@BeforeEach
	void render() throws IOException {
		render("/nonexistent/java17");
		fakeJava(this.packageDir.resolve("runtime"), "17.0.9");
	}

	/** Renders the script with the plugin's {@code javaHome}. */
	private void render(String javaHome) throws IOException {
		String script = Template.load("bootstrap")
			.render(new BootstrapSettings("shop", javaHome, "-XX:+UseSerialGC", "-Dextra=1", 512).values(CloudPackage.ALIYUN),
					List.of());
		Path bootstrap = Files.writeString(this.packageDir.resolve("bootstrap"), script);
		Files.setPosixFilePermissions(bootstrap, PosixFilePermissions.fromString("rwxr-xr-x"));
	}

	@Test
	void scriptIsPlainBashWithUnixLineEndings() throws IOException {
		assertThat(Files.readString(this.packageDir.resolve("bootstrap"))).startsWith("#!/bin/bash\n").doesNotContain("\r");
	}

	@Test
	void heapIsHalfTheConfiguredMemoryWhenThePlatformSaysNothing() throws Exception {
		assertThat(run(Map.of()).arguments()).isEqualTo("runtime -XX:+UseSerialGC -Xmx256m -Dextra=1 -jar app.jar");
	}

	@Test
	void heapFollowsThePlatformsMemoryVariable() throws Exception {
		assertThat(run(Map.of("FC_FUNCTION_MEMORY_SIZE", "1024")).arguments()).contains("-Xmx512m");
		assertThat(run(Map.of("RUNTIME_MEMORY", "128")).arguments()).contains("-Xmx64m");
	}

	@Test
	void usesTheClassDataArchiveWhenThePackageHasOne() throws Exception {
		Files.writeString(this.packageDir.resolve("app.jsa"), "archive");
		assertThat(run(Map.of()).arguments()).contains("-XX:SharedArchiveFile=app.jsa");
	}

	@Test
	void trainingWritesTheArchiveInsteadOfReadingIt() throws Exception {
		Files.writeString(this.packageDir.resolve("app.jsa"), "old archive");
		assertThat(run(Map.of("FN_CDS_TRAINING", "true")).arguments())
			.contains("-XX:ArchiveClassesAtExit=app.jsa")
			.doesNotContain("SharedArchiveFile");
	}

	@Test
	void java25TrainsAndUsesAnAheadOfTimeCacheInstead() throws Exception {
		Files.writeString(this.packageDir.resolve("runtime/release"), "JAVA_VERSION=\"25.0.3\"\n");
		assertThat(run(Map.of("FN_CDS_TRAINING", "true")).arguments()).contains("-XX:AOTCacheOutput=app.aot")
			.doesNotContain("ArchiveClassesAtExit");
		Files.writeString(this.packageDir.resolve("app.aot"), "cache");
		assertThat(run(Map.of()).arguments()).contains("-XX:AOTCache=app.aot").doesNotContain("SharedArchiveFile");
	}

	@Test
	void fnJavaOptsReplacesTheComputedOptions() throws Exception {
		assertThat(run(Map.of("FN_JAVA_OPTS", "-Xmx99m")).arguments()).isEqualTo("runtime -Xmx99m -jar app.jar");
	}

	@Test
	void fnJavaHomeWinsOverTheBundledRuntime() throws Exception {
		Path other = fakeJava(this.packageDir.resolve("other"), "21.0.1");
		assertThat(run(Map.of("FN_JAVA_HOME", other.toString())).arguments()).startsWith("other ");
	}

	@Test
	void refusesAJavaOlderThan17WithAClearMessage() throws Exception {
		Files.writeString(this.packageDir.resolve("runtime/release"), "JAVA_VERSION=\"11.0.2\"\n");
		Result result = run(Map.of());
		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.output()).contains("needs Java 17 or later").contains("Java 11");
	}

	@Test
	void java8IsCalledJava8ThoughItsReleaseSays18() throws Exception {
		Files.writeString(this.packageDir.resolve("runtime/release"), "JAVA_VERSION=\"1.8.0_392\"\n");
		Result result = run(Map.of());
		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.output()).contains("needs Java 17 or later").contains("is Java 8:");
	}

	@Test
	void findsJavaInTheDocumentedOrder() throws Exception {
		assumeNoJavaInOpt();
		Path configured = this.packageDir.resolve("configured");
		render(configured.toString());
		fakeJava(configured, "21.0.1");
		Path javaHome = fakeJava(this.packageDir.resolve("java-home"), "17.0.2");
		Path onPath = fakeJava(this.packageDir.resolve("on-path"), "25");
		Path fnJavaHome = fakeJava(this.packageDir.resolve("fn-java-home"), "17.0.9");
		Map<String, String> environment = Map.of("FN_JAVA_HOME", fnJavaHome.toString(), "JAVA_HOME",
				javaHome.toString(), "PATH", onPath.resolve("bin").toString());
		assertThat(run(environment).arguments()).startsWith("fn-java-home ");
		deleteJava(fnJavaHome);
		assertThat(run(environment).arguments()).startsWith("runtime ");
		deleteJava(this.packageDir.resolve("runtime"));
		assertThat(run(environment).arguments()).startsWith("configured ");
		deleteJava(configured);
		assertThat(run(environment).arguments()).startsWith("java-home ");
		deleteJava(javaHome);
		assertThat(run(environment).arguments()).startsWith("on-path ");
	}

	@Test
	void theVersionOfJavaOnThePathIsCheckedToo() throws Exception {
		assumeNoJavaInOpt();
		deleteJava(this.packageDir.resolve("runtime"));
		Path onPath = fakeJava(this.packageDir.resolve("on-path"), "11.0.2");
		Result result = run(Map.of("PATH", onPath.resolve("bin").toString()));
		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.output()).contains("needs Java 17 or later").contains("is Java 11:");
	}

	@Test
	void looksAtEachPlaceOnceAndSaysWhereWhenNoJavaIsFound() throws Exception {
		assumeNoJavaInOpt();
		deleteJava(this.packageDir.resolve("runtime"));
		Path emptyPath = Files.createDirectories(this.packageDir.resolve("empty-path"));
		// FN_JAVA_HOME names the bundled runtime again, JAVA_HOME names javaHome again
		Result result = run(Map.of("FN_JAVA_HOME", this.packageDir.resolve("runtime") + "/", "JAVA_HOME",
				"/nonexistent/java17/", "PATH", emptyPath.toString()));
		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.output()).isEqualTo("No Java found: looked for bin/java in " + this.packageDir
				+ "/runtime, /nonexistent/java17, /opt/java17, /opt/java21, and for java on the PATH. This function"
				+ " needs Java 17 or later: add a Java 17 layer or set FN_JAVA_HOME");
	}

	/** The tests that reach the fixed homes need them absent, as on a build machine they are. */
	private static void assumeNoJavaInOpt() {
		Assumptions.assumeFalse(
				Files.exists(Path.of("/opt/java17/bin/java")) || Files.exists(Path.of("/opt/java21/bin/java")),
				"a Java in /opt/java17 or /opt/java21 would be found first");
	}

	private static void deleteJava(Path home) throws IOException {
		Files.delete(home.resolve("bin/java"));
	}

	/** A Java home whose {@code bin/java} prints the home's name and its arguments. */
	private static Path fakeJava(Path home, String version) throws IOException {
		Path java = home.resolve("bin/java");
		Files.createDirectories(java.getParent());
		Files.writeString(java, "#!/bin/bash\necho \"" + home.getFileName() + " $*\"\n");
		Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
		Files.writeString(home.resolve("release"), "JAVA_VERSION=\"" + version + "\"\n");
		return home;
	}

	private Result run(Map<String, String> environment) throws Exception {
		ProcessBuilder builder = new ProcessBuilder(this.packageDir.resolve("bootstrap").toString())
			.redirectErrorStream(true);
		builder.environment().keySet().removeIf((name) -> name.startsWith("FN_") || name.startsWith("FC_")
				|| name.startsWith("RUNTIME_") || name.equals("JAVA_HOME"));
		builder.environment().putAll(environment);
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
		assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
		return new Result(process.exitValue(), output);
	}

	record Result(int exitCode, String output) {

		String arguments() {
			assertThat(this.exitCode).as(this.output).isZero();
			return this.output;
		}

	}

}
