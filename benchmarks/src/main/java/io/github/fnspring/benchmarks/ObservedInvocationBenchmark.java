package io.github.fnspring.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

import brave.Tracing;
import brave.handler.SpanHandler;
import brave.sampler.Sampler;
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

import io.github.fnspring.Vendor;
import io.github.fnspring.core.FunctionInvoker;
import io.github.fnspring.core.FunctionResult;
import io.github.fnspring.core.InvocationContext;
import io.github.fnspring.core.InvocationTimeouts;
import io.github.fnspring.demo.DemoApplication;

/**
 * The per-invocation cost of observing invocations, in the same run: the demo's functions
 * through fn-spring with no {@code ObservationRegistry} (what an application without Micrometer
 * has), with Micrometer's timers, and with timers and Brave spans that continue a trace the
 * platform sent. Spans are made and ended but reported nowhere.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class ObservedInvocationBenchmark {

	private static final byte[] ORDER = "{\"orderId\":\"o-1\",\"sku\":\"tea\",\"quantity\":3,\"unitPrice\":2.5}"
		.getBytes(StandardCharsets.UTF_8);

	private static final byte[] TEXT = "hello".getBytes(StandardCharsets.UTF_8);

	@Param({ "none", "metrics", "metrics+tracing" })
	public String observation;

	private ConfigurableApplicationContext context;

	private FunctionInvoker invoker;

	private InvocationContext invocation;

	private Tracing tracing;

	@Setup
	public void start() {
		this.context = new SpringApplicationBuilder(DemoApplication.class)
			.properties("fn.server.enabled=false", "logging.level.root=warn", "spring.main.banner-mode=off")
			.initializers((started) -> {
				GenericApplicationContext application = (GenericApplicationContext) started;
				application.registerBean(InvocationTimeouts.class, InvocationTimeouts::enforcedByThePlatform);
				if (!this.observation.equals("none")) {
					application.registerBean(ObservationRegistry.class, this::observationRegistry);
				}
			})
			.run();
		this.invoker = this.context.getBean(FunctionInvoker.class);
		this.invocation = InvocationContext.builder(Vendor.ALIYUN)
			.requestId("bench")
			.functionName("bench")
			.traceParent("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")
			.build();
	}

	private ObservationRegistry observationRegistry() {
		ObservationRegistry registry = ObservationRegistry.create();
		registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(new SimpleMeterRegistry()));
		if (this.observation.contains("tracing")) {
			this.tracing = Tracing.newBuilder()
				.propagationFactory(new W3CPropagation())
				.addSpanHandler(new SpanHandler() {
				// spans are made and ended, and reported nowhere
			})
				.sampler(Sampler.ALWAYS_SAMPLE)
				.build();
			Tracer tracer = new BraveTracer(this.tracing.tracer(),
					new BraveCurrentTraceContext(this.tracing.currentTraceContext()), new BraveBaggageManager());
			registry.observationConfig()
				.observationHandler(new FirstMatchingCompositeObservationHandler(
						new PropagatingReceiverTracingObservationHandler<>(tracer, new BravePropagator(this.tracing)),
						new DefaultTracingObservationHandler(tracer)));
		}
		return registry;
	}

	@TearDown
	public void stop() {
		this.context.close();
		if (this.tracing != null) {
			this.tracing.close();
		}
	}

	@Benchmark
	public FunctionResult pojoFnSpring() {
		return this.invoker.invokeEvent(this.invocation, "order", ORDER);
	}

	@Benchmark
	public FunctionResult stringFnSpring() {
		return this.invoker.invokeEvent(this.invocation, "uppercase", TEXT);
	}

}
