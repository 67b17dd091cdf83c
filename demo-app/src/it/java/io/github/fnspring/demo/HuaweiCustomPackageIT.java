package io.github.fnspring.demo;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.fnspring.huawei.FgRuntimeApi;
import io.github.fnspring.runtime.LocalRuntimeApi;

import static org.assertj.core.api.Assertions.assertThat;

/** The built {@code huawei-custom.zip}, started through its own {@code bootstrap} as FunctionGraph starts it. */
class HuaweiCustomPackageIT {

	private static final Path PACKAGE = Path.of("target", "fn", "huawei-custom.zip");

	@TempDir
	Path work;

	@Test
	void packageIsAPlainClassPathWithAnExecutableBootstrap() throws Exception {
		Path dir = PackageRunner.unzip(PACKAGE, this.work);
		PackageLayout.assertBootstrapPackage(dir, "bootstrap");
		PackageLayout.assertClassList(dir, "io.github.fnspring.huawei.FgRuntimeApi");
	}

	@Test
	void bootstrapRunsTheCustomRuntimeAgainstFunctionGraphsRuntimeApi() throws Exception {
		Path dir = PackageRunner.unzip(PACKAGE, this.work);
		try (LocalRuntimeApi functionGraph = new LocalRuntimeApi(FgRuntimeApi.PATHS, FgRuntimeApi::eventHeaders)
			.start("127.0.0.1", 0)) {
			Process process = PackageRunner.start(dir.resolve("bootstrap"),
					Map.of("RUNTIME_API_ADDR", "127.0.0.1:" + functionGraph.port(), "RUNTIME_FUNC_NAME", "uppercase",
							"RUNTIME_TIMEOUT", "10", "RUNTIME_MEMORY", "256"),
					this.work.resolve("runtime.log"));
			try {
				LocalRuntimeApi.Answer answer = functionGraph
					.submit("\"functiongraph\"".getBytes(StandardCharsets.UTF_8), Map.of())
					.answer()
					.get(60, TimeUnit.SECONDS);
				assertThat(answer.success()).as(Files.readString(this.work.resolve("runtime.log"))).isTrue();
				assertThat(answer.bodyAsString()).isEqualTo("FUNCTIONGRAPH");
			}
			finally {
				PackageRunner.stop(process);
			}
		}
	}

	@Test
	void bootstrapServesAnHttpFunction() throws Exception {
		Path dir = PackageRunner.unzip(PACKAGE, this.work);
		int port = PackageRunner.freePort();
		Process process = PackageRunner.start(dir.resolve("bootstrap"), Map.of("RUNTIME_FUNC_NAME", "echo",
				"FN_SERVER_PORT", Integer.toString(port), "FN_SERVER_ADDRESS", "127.0.0.1"), this.work.resolve("http.log"));
		try {
			HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/orders"))
				.header("X-CFF-Request-Id", "fg-http-1")
				.POST(HttpRequest.BodyPublishers.ofString("new"))
				.build();
			HttpResponse<String> response = PackageRunner.awaitResponse(request);
			assertThat(response.statusCode()).as(Files.readString(this.work.resolve("http.log"))).isEqualTo(201);
			assertThat(response.body()).isEqualTo("POST /orders -> new");
		}
		finally {
			PackageRunner.stop(process);
		}
	}

}
