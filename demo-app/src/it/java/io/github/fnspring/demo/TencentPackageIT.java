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

import io.github.fnspring.runtime.LocalRuntimeApi;
import io.github.fnspring.tencent.ScfRuntimeApi;

import static org.assertj.core.api.Assertions.assertThat;

/** The built {@code tencent.zip}, unpacked and started through its own scripts as SCF starts it. */
class TencentPackageIT {

	private static final Path PACKAGE = Path.of("target", "fn", "tencent.zip");

	@TempDir
	Path work;

	@Test
	void packageIsAPlainClassPathWithBothScripts() throws Exception {
		Path dir = PackageRunner.unzip(PACKAGE, this.work);
		PackageLayout.assertBootstrapPackage(dir, "bootstrap", "scf_bootstrap");
		PackageLayout.assertClassList(dir, "io.github.fnspring.tencent.ScfRuntimeApi");
	}

	@Test
	void bootstrapRunsTheCustomRuntimeAgainstScfsRuntimeApi() throws Exception {
		Path dir = PackageRunner.unzip(PACKAGE, this.work);
		try (LocalRuntimeApi scf = new LocalRuntimeApi(ScfRuntimeApi.PATHS,
				(requestId, submitted) -> ScfRuntimeApi.eventHeaders(requestId, submitted, 256, 3000))
			.start("127.0.0.1", 0)) {
			Process process = PackageRunner.start(dir.resolve("bootstrap"),
					Map.of("SCF_RUNTIME_API", "127.0.0.1", "SCF_RUNTIME_API_PORT", Integer.toString(scf.port()),
							"SCF_FUNCTIONNAME", "order"),
					this.work.resolve("runtime.log"));
			try {
				LocalRuntimeApi.Answer answer = scf
					.submit("{\"orderId\":\"o-9\",\"sku\":\"tea\",\"quantity\":2,\"unitPrice\":1.5}"
						.getBytes(StandardCharsets.UTF_8), Map.of())
					.answer()
					.get(60, TimeUnit.SECONDS);
				assertThat(answer.success()).as(Files.readString(this.work.resolve("runtime.log"))).isTrue();
				assertThat(answer.bodyAsString()).contains("\"total\":3.0").contains("\"orderId\":\"o-9\"");
			}
			finally {
				PackageRunner.stop(process);
			}
		}
	}

	@Test
	void scfBootstrapServesAWebFunction() throws Exception {
		Path dir = PackageRunner.unzip(PACKAGE, this.work);
		int port = PackageRunner.freePort();
		Process process = PackageRunner.start(dir.resolve("scf_bootstrap"),
				Map.of("SCF_FUNCTIONNAME", "echo", "FN_SERVER_PORT", Integer.toString(port), "FN_SERVER_ADDRESS",
						"127.0.0.1"),
				this.work.resolve("web.log"));
		try {
			HttpResponse<String> response = PackageRunner.awaitResponse(HttpRequest
				.newBuilder(URI.create("http://127.0.0.1:" + port + "/greetings"))
				.PUT(HttpRequest.BodyPublishers.ofString("hi"))
				.build());
			assertThat(response.statusCode()).as(Files.readString(this.work.resolve("web.log"))).isEqualTo(201);
			assertThat(response.body()).isEqualTo("PUT /greetings -> hi");
		}
		finally {
			PackageRunner.stop(process);
		}
	}

}
