package io.github.fnspring.demoweb;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The web application's packages, unpacked and started through their own start scripts with
 * each cloud's environment for its HTTP mode: Spring Boot's server takes the platform's port,
 * the controllers answer with the request's invocation, and the platform's events reach the
 * function on the same server.
 */
class WebPackagesIT {

	private static final HttpClient client = HttpClient.newHttpClient();

	@TempDir
	Path work;

	static Stream<Arguments> packages() {
		return Stream.of(
				Arguments.of("aliyun.zip", "bootstrap", Map.of("FC_FUNCTION_NAME", "demo-web"), "x-fc-request-id",
						"/invoke", "aliyun"),
				Arguments.of("tencent.zip", "scf_bootstrap", Map.of("SCF_FUNCTIONNAME", "demo-web"),
						"X-Scf-Request-Id", "/event-invoke", "tencent"),
				Arguments.of("huawei-custom.zip", "bootstrap", Map.of("RUNTIME_FUNC_NAME", "demo-web"),
						"X-CFF-Request-Id", "/invoke", "huawei"));
	}

	@ParameterizedTest
	@MethodSource("packages")
	void thePackageServesTheControllersAndTheEventsOnThePlatformsPort(String zip, String script,
			Map<String, String> platform, String requestIdHeader, String eventPath, String platformId)
			throws Exception {
		Path dir = unzip(Path.of("target", "fn", zip));
		int port = freePort();
		Map<String, String> environment = new HashMap<>(platform);
		// FC's port comes from FC_CUSTOM_LISTEN_PORT; SCF's and FunctionGraph's are fixed, so the test moves them
		environment.put(zip.equals("aliyun.zip") ? "FC_CUSTOM_LISTEN_PORT" : "SERVER_PORT", Integer.toString(port));
		environment.put("SERVER_ADDRESS", "127.0.0.1");
		environment.put("JAVA_HOME", System.getProperty("java.home"));
		Path log = this.work.resolve("package.log");
		ProcessBuilder builder = new ProcessBuilder("bash", script).directory(dir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().putAll(environment);
		Process process = builder.start();
		try {
			HttpResponse<String> hello = awaitResponse(
					HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/hello?name=package"))
						.header(requestIdHeader, "pkg-hello")
						.build());
			assertThat(hello.statusCode()).as(Files.readString(log)).isEqualTo(200);
			JsonNode answer = JsonMapper.shared().readTree(hello.body());
			assertThat(answer.path("requestId").asString()).isEqualTo("pkg-hello");
			assertThat(answer.path("platform").asString()).isEqualTo(platformId);
			HttpResponse<String> event = client.send(
					HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + eventPath))
						.header(requestIdHeader, "pkg-event")
						.POST(HttpRequest.BodyPublishers.ofString("hello"))
						.build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(event.body()).isEqualTo("HELLO");
			assertThat(Files.readString(log)).contains("Starting AOT-processed DemoWebApplication");
		}
		finally {
			process.destroy();
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
	}

	private Path unzip(Path zip) throws IOException {
		Path target = this.work.resolve("package");
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				Path destination = target.resolve(entry.getName()).normalize();
				if (!destination.startsWith(target)) {
					throw new IOException("An entry outside the package: " + entry.getName());
				}
				if (entry.isDirectory()) {
					Files.createDirectories(destination);
				}
				else {
					Files.createDirectories(destination.getParent());
					Files.copy(in, destination);
				}
			}
		}
		return target;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/** Sends the request once the server listens, as the platforms probe the port before calling. */
	private static HttpResponse<String> awaitResponse(HttpRequest request) {
		return await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(100))
			.ignoreException(ConnectException.class)
			.until(() -> client.send(request, HttpResponse.BodyHandlers.ofString()), Objects::nonNull);
	}

}
