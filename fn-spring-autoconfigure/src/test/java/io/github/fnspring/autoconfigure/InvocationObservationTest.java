package io.github.fnspring.autoconfigure;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.MDC;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

import brave.Tracing;
import brave.handler.SpanHandler;
import brave.sampler.Sampler;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationHandler.FirstMatchingCompositeObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.brave.bridge.BraveBaggageManager;
import io.micrometer.tracing.brave.bridge.BraveCurrentTraceContext;
import io.micrometer.tracing.brave.bridge.BravePropagator;
import io.micrometer.tracing.brave.bridge.BraveTracer;
import io.micrometer.tracing.brave.bridge.W3CPropagation;
import io.micrometer.tracing.handler.DefaultTracingObservationHandler;
import io.micrometer.tracing.handler.PropagatingReceiverTracingObservationHandler;

import io.github.fnspring.FnContext;
import io.github.fnspring.FnInitializer;
import io.github.fnspring.ServerlessFunction;
import io.github.fnspring.core.InvocationObservations;
import io.github.fnspring.core.LifecycleHooks;
import io.github.fnspring.platform.FnTransport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application with Micrometer and Micrometer Tracing (Brave, W3C propagation): each
 * invocation is timed with its function, vendor and outcome, and runs in a span that
 * continues the trace FC sent in its Tracing Analysis header.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvocationObservationTest {

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class Application {

		/** What the traced function saw, by request id: Micrometer Tracing's trace id, and the MDC's. */
		final Map<String, String> seen = new ConcurrentHashMap<>();

		private final Tracing tracing = Tracing.newBuilder()
			.propagationFactory(new W3CPropagation())
			.addSpanHandler(new SpanHandler() {
				// spans are made and ended, and reported nowhere
			})
			.sampler(Sampler.ALWAYS_SAMPLE)
			.build();

		final Tracer tracer = new BraveTracer(this.tracing.tracer(),
				new BraveCurrentTraceContext(this.tracing.currentTraceContext()), new BraveBaggageManager());

		@Bean
		SimpleMeterRegistry meterRegistry() {
			return new SimpleMeterRegistry();
		}

		@Bean
		ObservationRegistry observationRegistry(SimpleMeterRegistry meters) {
			ObservationRegistry registry = ObservationRegistry.create();
			registry.observationConfig()
				.observationHandler(new DefaultMeterObservationHandler(meters))
				.observationHandler(new FirstMatchingCompositeObservationHandler(
						new PropagatingReceiverTracingObservationHandler<>(this.tracer, new BravePropagator(this.tracing)),
						new DefaultTracingObservationHandler(this.tracer)));
			return registry;
		}

		@Bean
		@ServerlessFunction
		Function<String, String> traced(FnContext context) {
			return (input) -> {
				this.seen.put(context.requestId(), this.tracer.currentSpan().context().traceId() + " "
						+ MDC.get(FnContext.MDC_TRACE_ID) + " " + MDC.get(FnContext.MDC_FUNCTION));
				return input;
			};
		}

		/** A function of a record: malformed JSON is input it never sees. */
		@Bean
		@ServerlessFunction
		Function<Item, String> item() {
			return Item::name;
		}

		/** Outlives the local run's timeout, as a stuck function outlives its cloud's. */
		@Bean
		@ServerlessFunction
		Function<String, String> slow() {
			return (input) -> {
				try {
					Thread.sleep(Duration.ofSeconds(30).toMillis());
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				return input;
			};
		}

		@Bean
		FnInitializer warmUp() {
			return (context) -> {
			};
		}

		@Bean
		@ServerlessFunction
		Function<String, String> fail() {
			return (input) -> {
				throw new IllegalStateException("no");
			};
		}

	}

	record Item(String name) {
	}

	private final HttpClient client = HttpClient.newHttpClient();

	private ConfigurableApplicationContext application;

	@BeforeAll
	void start() {
		this.application = new SpringApplicationBuilder(Application.class)
			.properties("fn.server.port=0", "spring.main.banner-mode=off", "fn.local.platforms=tencent,huawei",
					"fn.local.timeout=1s")
			.run();
	}

	@AfterAll
	void stop() {
		this.application.close();
	}

	@Test
	void eachInvocationIsTimedWithItsFunctionVendorAndOutcome() throws Exception {
		assertThat(invoke("traced", "m-1", "\"ok\"", Map.of()).statusCode()).isEqualTo(200);
		assertThat(invoke("fail", "m-2", "\"boom\"", Map.of()).statusCode()).isEqualTo(404);
		assertThat(invoke("traced", "m-3", "\"not json", Map.of("content-type", "application/json")).statusCode())
			.isEqualTo(200);
		assertThat(invoke("nonexistent", "m-4", "\"x\"", Map.of()).statusCode()).isEqualTo(404);
		SimpleMeterRegistry meters = this.application.getBean(SimpleMeterRegistry.class);
		assertThat(timer(meters, "traced", "success").count()).isGreaterThanOrEqualTo(1);
		assertThat(timer(meters, "fail", "error").count()).isEqualTo(1);
		assertThat(meters.find(InvocationObservations.NAME).tag("outcome", "rejected").timers()).isNotEmpty();
		assertThat(meters.find(InvocationObservations.NAME).tag("vendor", "local").timers()).isNotEmpty();
		// Micrometer's handler also keeps the invocations in flight, as a long task timer
		assertThat(meters.find(InvocationObservations.NAME + ".active").longTaskTimer()).isNotNull();
		// once per instance: its cold start, and its initializers' run
		assertThat(meters.get("fn.cold.start").timer().count()).isEqualTo(1);
		assertThat(meters.get("fn.cold.start").timer().totalTime(TimeUnit.MILLISECONDS)).isPositive();
		assertThat(meters.get(LifecycleHooks.INITIALIZER_OBSERVATION).timer().count()).isEqualTo(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "aliyun", "tencent", "huawei" })
	void eachCloudsTransportTimesSuccessErrorAndRejectedInput(String cloud) throws Exception {
		SimpleMeterRegistry meters = this.application.getBean(SimpleMeterRegistry.class);
		double before = count(meters, "item", "success") + count(meters, "fail", "error") + count(meters, "item", "rejected");
		assertThat(invokeThrough(cloud, "item", "{\"name\":\"tea\"}").body()).isEqualTo("tea");
		invokeThrough(cloud, "fail", "\"boom\"");
		invokeThrough(cloud, "item", "{\"name\":");
		double after = count(meters, "item", "success") + count(meters, "fail", "error") + count(meters, "item", "rejected");
		assertThat(after - before).as("one timed invocation of each outcome").isEqualTo(3);
		assertThat(count(meters, "item", "rejected")).isPositive();
	}

	@Test
	void anInvocationThatOutlivesItsTimeoutIsTimedAsATimeout() throws Exception {
		invokeThrough("aliyun", "slow", "\"late\"");
		SimpleMeterRegistry meters = this.application.getBean(SimpleMeterRegistry.class);
		assertThat(count(meters, "slow", "timeout")).isEqualTo(1);
	}

	@Test
	void aTraceFcSentIsContinuedInMicrometerTracingAndTheMdc() throws Exception {
		assertThat(invoke("traced", "t-1", "\"ok\"",
				Map.of("x-fc-tracing-opentracing-span-context", "124ed43254b54966:2e73c1ab84a9c3b2:0:1")).statusCode())
			.isEqualTo(200);
		Application functions = this.application.getBean(Application.class);
		// Brave writes a 64-bit trace id in 16 digits, W3C's traceparent (and the MDC) in 32
		// and without structured logging, the log context holds no function: no log writes it
		assertThat(functions.seen.get("t-1")).isEqualTo("124ed43254b54966 0000000000000000124ed43254b54966 null");
		assertThat(invoke("traced", "t-2", "\"ok\"", Map.of()).statusCode()).isEqualTo(200);
		assertThat(functions.seen.get("t-2")).as("a trace of its own, and none from the platform in the MDC")
			.doesNotStartWith("124ed43254b54966")
			.endsWith(" null null");
	}

	private static double count(SimpleMeterRegistry meters, String function, String outcome) {
		Timer timer = meters.find(InvocationObservations.NAME).tag("function", function).tag("outcome", outcome).timer();
		return (timer != null) ? timer.count() : 0;
	}

	/** An event through a cloud's local transport: FC's /invoke, or the local Runtime API of a custom runtime. */
	private HttpResponse<String> invokeThrough(String cloud, String function, String body) throws Exception {
		int port = this.application.getBeansOfType(FnTransport.class)
			.values()
			.stream()
			.filter((transport) -> transport.platform().equals(cloud))
			.findFirst()
			.orElseThrow()
			.port()
			.orElseThrow();
		return this.client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/invoke"))
			.header("x-fn-function-name", function)
			.header("content-type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private Timer timer(SimpleMeterRegistry meters, String function, String outcome) {
		return meters.get(InvocationObservations.NAME).tag("function", function).tag("outcome", outcome).timer();
	}

	private HttpResponse<String> invoke(String function, String requestId, String body, Map<String, String> headers)
			throws Exception {
		int port = this.application.getBeansOfType(FnTransport.class)
			.values()
			.stream()
			.filter((transport) -> transport.platform().equals("aliyun"))
			.findFirst()
			.orElseThrow()
			.port()
			.orElseThrow();
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/invoke"))
			.header("x-fc-request-id", requestId)
			.header("x-fn-function-name", function)
			.POST(HttpRequest.BodyPublishers.ofString(body));
		headers.forEach(request::header);
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
