package io.github.fnspring.demo;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;

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
		int port = PackageRunner.freePort();
		Path log = this.work.resolve("fc.log");
		Process process = PackageRunner.start(dir.resolve("bootstrap"), Map.of("FC_FUNCTION_NAME", "uppercase",
				"FC_CUSTOM_LISTEN_PORT", Integer.toString(port), "FN_SERVER_ADDRESS", "127.0.0.1"), log);
		try {
			HttpResponse<String> response = PackageRunner.awaitResponse(HttpRequest
				.newBuilder(URI.create("http://127.0.0.1:" + port + "/invoke"))
				.POST(HttpRequest.BodyPublishers.ofString("cds"))
				.build());
			assertThat(response.body()).as(Files.readString(log)).isEqualTo("CDS");
			Path proc = Path.of("/proc", Long.toString(process.pid()));
			assertThat(Files.readSymbolicLink(proc.resolve("exe"))).startsWith(dir.resolve("runtime"));
			assertThat(Files.readString(proc.resolve("maps"))).as("the archive is mapped, not ignored")
				.contains(dir.resolve("app.jsa").toString());
		}
		finally {
			PackageRunner.stop(process);
		}
	}

	/**
	 * The JVM checks the jars' modification times against the archive's: a platform that
	 * unpacks without keeping them loses the archive's speed, but the function still starts.
	 */
	@Test
	void startsWithoutTheArchiveWhenTheJarsLookChanged() throws Exception {
		Path dir = PackageRunner.unzip(PACKAGE, this.work).toRealPath();
		Files.setLastModifiedTime(dir.resolve("app.jar"), FileTime.from(Instant.now()));
		int port = PackageRunner.freePort();
		Path log = this.work.resolve("fc.log");
		Process process = PackageRunner.start(dir.resolve("bootstrap"), Map.of("FC_FUNCTION_NAME", "uppercase",
				"FC_CUSTOM_LISTEN_PORT", Integer.toString(port), "FN_SERVER_ADDRESS", "127.0.0.1"), log);
		try {
			HttpResponse<String> response = PackageRunner.awaitResponse(HttpRequest
				.newBuilder(URI.create("http://127.0.0.1:" + port + "/invoke"))
				.POST(HttpRequest.BodyPublishers.ofString("plain"))
				.build());
			assertThat(response.body()).as(Files.readString(log)).isEqualTo("PLAIN");
			assertThat(Files.readString(Path.of("/proc", Long.toString(process.pid()), "maps")))
				.doesNotContain(dir.resolve("app.jsa").toString());
		}
		finally {
			PackageRunner.stop(process);
		}
	}

}
