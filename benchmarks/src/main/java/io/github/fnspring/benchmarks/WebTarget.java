package io.github.fnspring.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A web application on FC's custom runtime, started as a plain Spring Boot jar or through a
 * package's {@code bootstrap}: done when a controller answers {@code GET /hello} on
 * {@code FC_CUSTOM_LISTEN_PORT}, as FC probes the port before its first request.
 */
final class WebTarget implements Target {

	/** The answer that ends a start: a controller's greeting. */
	private static final Predicate<HttpResponse<String>> ANSWERED = (response) -> response.statusCode() == 200
			&& response.body().contains("Hello, bench");

	private final String name;

	private final String flagsDescription;

	private final Launch launch;

	private WebTarget(String name, String flagsDescription, Launch launch) {
		this.name = name;
		this.flagsDescription = flagsDescription;
		this.launch = launch;
	}

	/** An application as a plain Spring Boot jar, run with {@code java -jar} and the given flags. */
	static WebTarget bootJar(String name, Path jar, List<String> jvmFlags) {
		return java(name, jvmFlags, List.of("-jar", jar.toString()));
	}

	/** A main class on a plain class path, run with the given flags. */
	static WebTarget classpath(String name, String classpath, String mainClass, List<String> jvmFlags) {
		return java(name, jvmFlags, List.of("-cp", classpath, mainClass));
	}

	private static WebTarget java(String name, List<String> jvmFlags, List<String> arguments) {
		return new WebTarget(name, "`" + String.join(" ", jvmFlags) + "`", (environment, log) -> {
			List<String> command = new ArrayList<>();
			command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
			command.addAll(jvmFlags);
			command.addAll(arguments);
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
			builder.environment().putAll(environment);
			return builder;
		});
	}

	/**
	 * The application's fn-spring package, through its {@code bootstrap}.
	 * @param jvmFlags {@code FN_JAVA_OPTS}, replacing the options the script chooses, or
	 * {@code null} to keep them
	 */
	static WebTarget fcPackage(String name, Path dir, List<String> jvmFlags) {
		String options = (jvmFlags != null) ? String.join(" ", jvmFlags) : null;
		return new WebTarget(name, (options != null) ? "FN_JAVA_OPTS=" + options : "set by the package",
				(environment, log) -> {
					Map<String, String> withOptions = new HashMap<>(environment);
					if (options != null) {
						withOptions.put("FN_JAVA_OPTS", options);
					}
					return Bootstrap.builder(dir.resolve("bootstrap"), withOptions, log);
				});
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public String jvmFlags() {
		return this.flagsDescription;
	}

	@Override
	public Sample run(Path log) throws Exception {
		int port = AnswerPolling.freePort();
		// SERVER_PORT too, for an application without fn-spring, which knows nothing of FC's variables
		Map<String, String> environment = Map.of("FC_FUNCTION_NAME", "demo-web", "FC_CUSTOM_LISTEN_PORT",
				Integer.toString(port), "FC_FUNCTION_MEMORY_SIZE", "512", "FC_REGION", "cn-hangzhou",
				"SERVER_ADDRESS", "127.0.0.1", "SERVER_PORT", Integer.toString(port));
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/hello?name=bench"))
			.header("x-fc-request-id", "bench")
			.build();
		try (TargetProcess process = TargetProcess.start(this.name, this.launch.builder(environment, log), log)) {
			return AnswerPolling.awaitFirstAnswer(process, client, request, ANSWERED);
		}
	}

	/** How a target's process is started, given the platform's environment. */
	@FunctionalInterface
	private interface Launch {

		ProcessBuilder builder(Map<String, String> environment, Path log);

	}

}
