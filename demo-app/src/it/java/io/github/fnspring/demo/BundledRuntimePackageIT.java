package io.github.fnspring.demo;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.jar.JarFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An {@code aliyun.zip} built with {@code bundledRuntime}: unpacked elsewhere than where it was
 * built, it starts on its own Java and maps the class-data sharing archive made at build time.
 */
class BundledRuntimePackageIT {

	private static final Path PACKAGE = Path.of("target", "fn-bundled", "aliyun.zip");

	@TempDir
	Path work;

	@Test
	void theTrainingRunAnsweredItsEventBeforeTheArchiveWasWritten() throws Exception {
		assertThat(Path.of("target", "fn-work", "aliyun", "cds", "process.log")).content()
			.contains("CDS training: the event was answered with status 200");
	}

	@Test
	void startsOnTheBundledRuntimeWithItsClassDataArchive() throws Exception {
		Path dir = PackageRunner.unzip(PACKAGE, this.work).toRealPath();
		assertThat(dir.resolve("runtime/bin/java")).isExecutable();
		assertThat(dir.resolve("runtime/jmods")).doesNotExist();
		assertThat(dir.resolve("app.jsa")).isRegularFile();
		try (JarFile app = new JarFile(dir.resolve("app.jar").toFile())) {
			assertThat(app.getEntry("META-INF/fn-spring/preload-classes.txt")).as("no class list beside an archive").isNull();
		}
		Path proc = uppercaseOnce(dir, "cds");
		assertThat(Files.readSymbolicLink(proc.resolve("exe"))).startsWith(dir.resolve("runtime"));
		assertThat(Files.readString(proc.resolve("maps"))).as("the archive is mapped, not ignored")
			.contains(dir.resolve("app.jsa").toString());
	}

	/**
	 * The JVM checks the jars' modification times against the archive's: a platform that
	 * unpacks without keeping them loses the archive's speed, but the function still starts.
	 */
	@Test
	void startsWithoutTheArchiveWhenTheJarsLookChanged() throws Exception {
		Path dir = PackageRunner.unzip(PACKAGE, this.work).toRealPath();
		Files.setLastModifiedTime(dir.resolve("app.jar"), FileTime.from(Instant.now()));
		assertThat(Files.readString(uppercaseOnce(dir, "plain").resolve("maps")))
			.doesNotContain(dir.resolve("app.jsa").toString());
	}

	/**
	 * Starts the package with FC's environment, checks it upper-cases {@code text}, and returns
	 * the running JVM's {@code /proc} directory as a copy taken before it stops.
	 */
	private Path uppercaseOnce(Path dir, String text) throws Exception {
		int port = PackageRunner.freePort();
		Path log = this.work.resolve("fc.log");
		Process process = PackageRunner.start(dir.resolve("bootstrap"), Map.of("FC_FUNCTION_NAME", "uppercase",
				"FC_CUSTOM_LISTEN_PORT", Integer.toString(port), "FN_SERVER_ADDRESS", "127.0.0.1"), log);
		try {
			HttpResponse<String> response = PackageRunner.awaitResponse(HttpRequest
				.newBuilder(URI.create("http://127.0.0.1:" + port + "/invoke"))
				.POST(HttpRequest.BodyPublishers.ofString(text))
				.build());
			assertThat(response.body()).as(Files.readString(log)).isEqualTo(text.toUpperCase());
			Path proc = Path.of("/proc", Long.toString(process.pid()));
			Path copy = Files.createDirectories(this.work.resolve("proc-" + text));
			Files.createSymbolicLink(copy.resolve("exe"), Files.readSymbolicLink(proc.resolve("exe")));
			Files.writeString(copy.resolve("maps"), Files.readString(proc.resolve("maps")));
			return copy;
		}
		finally {
			PackageRunner.stop(process);
		}
	}

}
