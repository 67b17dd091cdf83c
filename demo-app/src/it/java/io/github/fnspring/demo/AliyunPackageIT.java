package io.github.fnspring.demo;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The built {@code aliyun.zip}, unpacked and started through its {@code bootstrap} as FC's custom runtime starts it. */
class AliyunPackageIT {

	private static final Path PACKAGE = Path.of("target", "fn", "aliyun.zip");

	@TempDir
	Path work;

	@Test
	void packageIsAPlainClassPathWithAnExecutableBootstrap() throws Exception {
		Path dir = PackageRunner.unzip(PACKAGE, this.work);
		PackageLayout.assertBootstrapPackage(dir, "bootstrap");
		PackageLayout.assertClassList(dir, "io.github.fnspring.aliyun.FcHttpDialect");
	}

	@Test
	void bootstrapServesInvokeWithFcsEnvironmentAndSizesTheHeapFromTheFunctionMemory() throws Exception {
		Path dir = PackageRunner.unzip(PACKAGE, this.work);
		int port = PackageRunner.freePort();
		Path log = this.work.resolve("fc.log");
		Process process = PackageRunner.start(dir.resolve("bootstrap"),
				Map.of("FC_FUNCTION_NAME", "order", "FC_CUSTOM_LISTEN_PORT", Integer.toString(port),
						"FC_FUNCTION_MEMORY_SIZE", "256", "FC_REGION", "cn-hangzhou", "FN_SERVER_ADDRESS", "127.0.0.1"),
				log);
		try {
			HttpResponse<String> response = PackageRunner.awaitResponse(HttpRequest
				.newBuilder(URI.create("http://127.0.0.1:" + port + "/invoke"))
				.header("x-fc-request-id", "fc-package-1")
				.POST(HttpRequest.BodyPublishers.ofString("{\"orderId\":\"o-7\",\"sku\":\"tea\",\"quantity\":4,\"unitPrice\":0.5}"))
				.build());
			assertThat(response.statusCode()).as(Files.readString(log)).isEqualTo(200);
			assertThat(response.body()).contains("\"orderId\":\"o-7\"").contains("\"total\":2.0");
			assertThat(Files.readString(log)).contains("FC Invoke Start RequestId: fc-package-1")
				.contains("Starting AOT-processed DemoApplication");
			// bootstrap execs the JVM, so the process is java itself
			String commandLine = Files.readString(Path.of("/proc", Long.toString(process.pid()), "cmdline"))
				.replace('\0', ' ');
			assertThat(commandLine).contains("-Xmx128m").contains("-XX:+UseSerialGC").contains("-XX:+ExitOnOutOfMemoryError")
				.contains("-jar app.jar");
		}
		finally {
			PackageRunner.stop(process);
		}
	}

	@Test
	void fnJavaOptsReplacesTheChosenOptions() throws Exception {
		Path dir = PackageRunner.unzip(PACKAGE, this.work);
		int port = PackageRunner.freePort();
		Path log = this.work.resolve("fc.log");
		Process process = PackageRunner.start(dir.resolve("bootstrap"), Map.of("FC_FUNCTION_NAME", "uppercase",
				"FC_CUSTOM_LISTEN_PORT", Integer.toString(port), "FN_SERVER_ADDRESS", "127.0.0.1", "FN_JAVA_OPTS",
				"-Xmx96m -Dfn.marker=1"), log);
		try {
			HttpResponse<String> response = PackageRunner.awaitResponse(HttpRequest
				.newBuilder(URI.create("http://127.0.0.1:" + port + "/invoke"))
				.POST(HttpRequest.BodyPublishers.ofString("abc"))
				.build());
			assertThat(response.body()).as(Files.readString(log)).isEqualTo("ABC");
			String commandLine = Files.readString(Path.of("/proc", Long.toString(process.pid()), "cmdline"))
				.replace('\0', ' ');
			assertThat(commandLine).contains("-Xmx96m -Dfn.marker=1").doesNotContain("UseSerialGC");
		}
		finally {
			PackageRunner.stop(process);
		}
	}

}
