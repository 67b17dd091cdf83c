package io.github.fnspring.demoweb;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.fnspring.Vendor;
import io.github.fnspring.huawei.FgRuntimeApi;
import io.github.fnspring.huawei.FunctionGraphHandler;
import io.github.fnspring.runtime.LocalRuntimeApi;
import io.github.fnspring.tencent.ScfRuntimeApi;
import io.github.fnspring.test.SampleEvent;
import io.github.fnspring.test.SampleEvents;

/**
 * A web application in one of the clouds' event modes, fed events as the platform feeds it: by
 * a local Runtime API for a custom runtime (SCF's function URL events, FunctionGraph's APIG
 * events), or through the handler class FunctionGraph's built-in runtime calls.
 */
public final class EventModeUnderTest implements AutoCloseable {

	/** A custom runtime whose HTTP-trigger events reach the application in process. */
	public enum Platform {

		/** An SCF custom runtime: several values of a header go back as an array. */
		SCF(Vendor.TENCENT, "/queryString", true),

		/**
		 * A FunctionGraph custom runtime: APIG's answer has one string per header, so several
		 * values go back joined by commas, cookies too.
		 */
		FUNCTION_GRAPH(Vendor.HUAWEI, "/queryStringParameters", false),

		/** FunctionGraph's built-in Java runtime, which calls the handler class, many calls at once. */
		FUNCTION_GRAPH_BUILT_IN(Vendor.HUAWEI, "/queryStringParameters", false);

		private final Vendor vendor;

		private final String queryField;

		private final boolean headerValuesAsArrays;

		Platform(Vendor vendor, String queryField, boolean headerValuesAsArrays) {
			this.vendor = vendor;
			this.queryField = queryField;
			this.headerValuesAsArrays = headerValuesAsArrays;
		}

		/** Whether the trigger's answer carries several values of a header as an array. */
		public boolean headerValuesAsArrays() {
			return this.headerValuesAsArrays;
		}

		/** The cloud, as the application's FnContext names it. */
		public String platformId() {
			return (this == SCF) ? "tencent" : "huawei";
		}

		/** The platform's environment for the application. */
		Map<String, Object> environment(@Nullable LocalRuntimeApi runtimeApi) {
			return switch (this) {
				case SCF -> Map.of("SCF_RUNTIME_API", "127.0.0.1", "SCF_RUNTIME_API_PORT",
						Objects.requireNonNull(runtimeApi).port(), "SCF_FUNCTIONNAME", "demo-web");
				case FUNCTION_GRAPH -> Map.of("RUNTIME_API_ADDR", "127.0.0.1:" + Objects.requireNonNull(runtimeApi).port(),
						"RUNTIME_FUNC_NAME", "demo-web");
				// what FunctionGraph's handler class sets when the runtime starts it
				case FUNCTION_GRAPH_BUILT_IN -> Map.of("fn.vendor", "huawei", "fn.huawei.mode", "handler",
						"RUNTIME_FUNC_NAME", "demo-web");
			};
		}

		/** The Runtime API the platform's custom runtime polls; none for the built-in runtime. */
		@Nullable LocalRuntimeApi runtimeApi() throws Exception {
			return switch (this) {
				case SCF -> new LocalRuntimeApi(ScfRuntimeApi.PATHS,
						(requestId, submitted) -> ScfRuntimeApi.eventHeaders(requestId, submitted, 512, 3000))
					.start("127.0.0.1", 0);
				case FUNCTION_GRAPH -> new LocalRuntimeApi(FgRuntimeApi.PATHS, FgRuntimeApi::eventHeaders)
					.start("127.0.0.1", 0);
				case FUNCTION_GRAPH_BUILT_IN -> null;
			};
		}

	}

	private final Platform platform;

	private final @Nullable LocalRuntimeApi runtimeApi;

	private final ConfigurableApplicationContext application;

	private final @Nullable FunctionGraphHandler handler;

	/** The built-in runtime's threads: it calls the handler with many events at once. */
	private final ExecutorService calls = Executors.newFixedThreadPool(16);

	private EventModeUnderTest(Platform platform, @Nullable LocalRuntimeApi runtimeApi,
			ConfigurableApplicationContext application) {
		this.platform = platform;
		this.runtimeApi = runtimeApi;
		this.application = application;
		this.handler = (runtimeApi == null) ? new FunctionGraphHandler(application) : null;
	}

	/** Starts the Runtime API, if the platform has one, then the application with the platform's environment. */
	public static EventModeUnderTest start(Platform platform, Class<?> application, Map<String, Object> properties)
			throws Exception {
		LocalRuntimeApi runtimeApi = platform.runtimeApi();
		Map<String, Object> all = new HashMap<>(platform.environment(runtimeApi));
		all.put("spring.main.banner-mode", "off");
		all.putAll(properties);
		try {
			return new EventModeUnderTest(platform, runtimeApi,
					new SpringApplicationBuilder(application).properties(all).run());
		}
		catch (RuntimeException ex) {
			if (runtimeApi != null) {
				runtimeApi.close();
			}
			throw ex;
		}
	}

	public ConfigurableApplicationContext application() {
		return this.application;
	}

	/** The platform's sample HTTP-trigger event, to be shaped into a request. */
	public SampleEvent request(String method, String path) {
		return SampleEvents.event(this.platform.vendor, "http").method(method).path(path);
	}

	/** A request with query parameters, in the trigger's own form: several values as an array. */
	public SampleEvent request(String method, String path, Map<String, ?> query) {
		return request(method, path).set(this.platform.queryField, query);
	}

	/** Sends an event without waiting for its answer: the answer's body, the platform's error failing it. */
	public CompletableFuture<byte[]> submit(String requestId, String event) {
		FunctionGraphHandler builtIn = this.handler;
		if (builtIn != null) {
			return CompletableFuture.supplyAsync(() -> JsonMapper.shared()
				.writeValueAsBytes(builtIn.handleRequest(event, new FunctionGraphRuntimeContext(requestId))), this.calls);
		}
		return Objects.requireNonNull(this.runtimeApi)
			.submit(requestId, event.getBytes(StandardCharsets.UTF_8), Map.of())
			.answer()
			.thenApply((answer) -> {
				if (!answer.success()) {
					throw new AssertionError("The invocation failed: " + answer.bodyAsString());
				}
				return answer.body();
			});
	}

	/** Sends an HTTP-trigger event and opens the envelope of its answer. */
	public Answer invoke(String requestId, SampleEvent event) throws Exception {
		return Answer.of(submit(requestId, event.json()).get(30, TimeUnit.SECONDS));
	}

	@Override
	public void close() {
		this.calls.shutdownNow();
		this.application.close();
		if (this.runtimeApi != null) {
			this.runtimeApi.close();
		}
	}

	/** The HTTP answer out of the trigger's envelope. */
	public record Answer(int status, JsonNode headers, byte[] body) {

		/** Opens the trigger's envelope. */
		public static Answer of(byte[] answer) {
			JsonNode envelope = JsonMapper.shared().readTree(answer);
			String body = envelope.path("body").asString();
			byte[] bytes = envelope.path("isBase64Encoded").asBoolean(false) ? Base64.getDecoder().decode(body)
					: body.getBytes(StandardCharsets.UTF_8);
			return new Answer(envelope.path("statusCode").asInt(), envelope.path("headers"), bytes);
		}

		public String text() {
			return new String(this.body, StandardCharsets.UTF_8);
		}

		public JsonNode json() {
			return JsonMapper.shared().readTree(this.body);
		}

	}

}
