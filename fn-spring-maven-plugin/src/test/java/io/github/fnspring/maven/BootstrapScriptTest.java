package io.github.fnspring.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

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
		String script = Template.load("bootstrap")
			.render(new BootstrapSettings("shop", "/nonexistent/java17", "-XX:+UseSerialGC", "-Dextra=1", 512).values(CloudPackage.ALIYUN),
					List.of());
		Path bootstrap = Files.writeString(this.packageDir.resolve("bootstrap"), script);
		Files.setPosixFilePermissions(bootstrap, PosixFilePermissions.fromString("rwxr-xr-x"));
		fakeJava(this.packageDir.resolve("runtime"), "17.0.9");
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
