package io.github.fnspring.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A package on FC's custom runtime: its {@code bootstrap} serves HTTP on
 * {@code FC_CUSTOM_LISTEN_PORT}; done when {@code POST /invoke} with the event answers 200
 * with the receipt. FC probes the port the same way before its first call.
 */
final class FcHttpTarget implements Target {

	/** The answer that ends a start: the receipt. */
	private static final Predicate<HttpResponse<String>> ANSWERED = (response) -> response.statusCode() == 200
			&& OrderEvent.isReceipt(response.body());

	private final String name;

	private final Path script;

	private final Map<String, String> settings;

	/**
	 * @param settings environment variables the run adds to FC's, such as {@code FN_JAVA_OPTS},
	 * which replaces the options the script computes; shown as the target's JVM flags
	 */
	FcHttpTarget(String name, Path script, Map<String, String> settings) {
		this.name = name;
		this.script = script;
		this.settings = Map.copyOf(settings);
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public String jvmFlags() {
		if (this.settings.isEmpty()) {
			return "set by the package";
		}
		String settings = this.settings.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.map((setting) -> setting.getKey() + "=" + setting.getValue())
			.collect(Collectors.joining(" "));
		// FN_JAVA_OPTS replaces the package's options; other settings leave them as they are
		return this.settings.containsKey("FN_JAVA_OPTS") ? settings : "set by the package, " + settings;
	}

	@Override
	public Sample run(Path log) throws Exception {
		int port = AnswerPolling.freePort();
		Map<String, String> environment = new HashMap<>(Map.of("FC_FUNCTION_NAME", "order", "FC_CUSTOM_LISTEN_PORT",
				Integer.toString(port), "FC_FUNCTION_MEMORY_SIZE", "128", "FC_REGION", "cn-hangzhou",
				"FN_SERVER_ADDRESS", "127.0.0.1"));
		environment.putAll(this.settings);
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/invoke"))
			.header("Content-Type", "application/octet-stream")
			.header("x-fc-request-id", UUID.randomUUID().toString())
			.header("x-fc-function-name", "order")
			.header("x-fc-function-memory", "128")
			.header("x-fc-control-path", "/invoke")
			.POST(HttpRequest.BodyPublishers.ofByteArray(OrderEvent.JSON))
			.build();
		try (TargetProcess process = TargetProcess.start(this.name, Bootstrap.builder(this.script, environment, log),
				log)) {
			return AnswerPolling.awaitFirstAnswer(process, client, request, ANSWERED);
		}
	}

}
