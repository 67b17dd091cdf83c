package io.github.fnspring.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.cloud.function.context.FunctionCatalog;
import org.springframework.cloud.function.context.catalog.SimpleFunctionRegistry.FunctionInvocationWrapper;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import tools.jackson.databind.json.JsonMapper;

import io.github.fnspring.Vendor;
import io.github.fnspring.core.FunctionInvoker;
import io.github.fnspring.core.FunctionResult;
import io.github.fnspring.core.InvocationContext;
import io.github.fnspring.core.InvocationTimeouts;
import io.github.fnspring.demo.DemoApplication;
import io.github.fnspring.demo.Order;
import io.github.fnspring.demo.Receipt;

/**
 * Per-invocation cost of fn-spring's core for the demo's functions, against two baselines
 * measured in the same run: the floor (Jackson read, the same function, Jackson write, by
 * hand) and Spring Cloud Function's catalog used directly with JSON messages.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class InvocationBenchmark {

	private static final byte[] ORDER = "{\"orderId\":\"o-1\",\"sku\":\"tea\",\"quantity\":3,\"unitPrice\":2.5}"
		.getBytes(StandardCharsets.UTF_8);

	private static final byte[] TEXT = "hello".getBytes(StandardCharsets.UTF_8);

	private ConfigurableApplicationContext context;

	private FunctionInvoker invoker;

	private InvocationContext invocation;

	private JsonMapper mapper;

	private Function<Order, Receipt> order;

	private Function<String, String> uppercase;

	@Setup
	@SuppressWarnings("unchecked")
	public void start() {
		// The path a cloud takes: the platform, not a local run's worker thread, ends late invocations
		this.context = new SpringApplicationBuilder(DemoApplication.class)
			.properties("fn.server.enabled=false", "logging.level.root=warn", "spring.main.banner-mode=off")
			.initializers((started) -> ((GenericApplicationContext) started).registerBean(InvocationTimeouts.class,
					InvocationTimeouts::enforcedByThePlatform))
			.run();
		this.invoker = this.context.getBean(FunctionInvoker.class);
		this.invocation = InvocationContext.builder(Vendor.LOCAL).requestId("bench").functionName("bench").build();
		this.mapper = this.context.getBean(JsonMapper.class);
		this.order = this.context.getBean("placeOrder", Function.class);
		this.uppercase = this.context.getBean("uppercase", Function.class);
	}

	@TearDown
	public void stop() {
		this.context.close();
	}

	@Benchmark
	public FunctionResult pojoFnSpring() {
		return this.invoker.invokeEvent(this.invocation, "order", ORDER);
	}

	@Benchmark
	public byte[] pojoFloor() {
		return this.mapper.writeValueAsBytes(this.order.apply(this.mapper.readValue(ORDER, Order.class)));
	}

	@Benchmark
	public Object pojoCatalogDirect(CatalogDirect catalog) {
		return catalog.order.apply(json(ORDER));
	}

	@Benchmark
	public FunctionResult stringFnSpring() {
		return this.invoker.invokeEvent(this.invocation, "uppercase", TEXT);
	}

	@Benchmark
	public byte[] stringFloor() {
		return this.uppercase.apply(new String(TEXT, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
	}

	@Benchmark
	public Object stringCatalogDirect(CatalogDirect catalog) {
		return catalog.uppercase.apply(json(TEXT));
	}

	private static Message<byte[]> json(byte[] body) {
		return MessageBuilder.withPayload(body).setHeader("contentType", "application/json").build();
	}

	/**
	 * The catalog used directly, as Spring Cloud Function's own adapters do, in an
	 * application context of its own: the catalog shares one wrapper per function, so a
	 * lookup here must not touch the wrappers fn-spring uses.
	 */
	@State(Scope.Benchmark)
	public static class CatalogDirect {

		private ConfigurableApplicationContext context;

		private FunctionInvocationWrapper order;

		private FunctionInvocationWrapper uppercase;

		@Setup
		public void start() {
			this.context = new SpringApplicationBuilder(DemoApplication.class)
				.properties("fn.server.enabled=false", "logging.level.root=warn", "spring.main.banner-mode=off")
				.run();
			FunctionCatalog catalog = this.context.getBean(FunctionCatalog.class);
			this.order = catalog.lookup("placeOrder", "application/json");
			this.uppercase = catalog.lookup("uppercase", "application/json");
		}

		@TearDown
		public void stop() {
			this.context.close();
		}

	}

}
