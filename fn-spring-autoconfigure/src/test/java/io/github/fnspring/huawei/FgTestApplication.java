package io.github.fnspring.huawei;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

import com.huawei.services.runtime.Context;

import io.github.fnspring.FnContext;
import io.github.fnspring.FnCredentials;
import io.github.fnspring.FnInitializer;
import io.github.fnspring.FnPreStopHandler;
import io.github.fnspring.ServerlessFunction;

/** Functions for FunctionGraph-specific tests. */
@SpringBootConfiguration
@EnableAutoConfiguration
class FgTestApplication {

	static final AtomicInteger initialized = new AtomicInteger();

	@Bean
	@ServerlessFunction
	Function<String, String> uppercase() {
		return String::toUpperCase;
	}

	/** Reports what the context says, and logs a line through it. */
	@Bean
	@ServerlessFunction
	Supplier<Map<String, Object>> describe(FnContext context) {
		return () -> {
			context.logger().info("describing {}", context.requestId());
			Map<String, Object> view = new LinkedHashMap<>();
			view.put("requestId", context.requestId());
			view.put("functionName", context.functionName());
			view.put("memory", context.memoryLimitMb());
			view.put("timeoutSeconds", context.timeout().toSeconds());
			view.put("accountId", context.accountId().orElse(null));
			view.put("accessKeyId", context.credentials().map(FnCredentials::accessKeyId).orElse(null));
			view.put("table", context.userData("TABLE").orElse(null));
			view.put("native", context.unwrap(Context.class).map(Context::getRequestID).orElse(null));
			view.put("invocationType", context.invocationType().orElse(null));
			return view;
		};
	}

	record Price(BigDecimal amount) {
	}

	@Bean
	@ServerlessFunction
	Supplier<Price> price() {
		return () -> new Price(new BigDecimal("25.10"));
	}

	/** What the last {@code numbers} call received, with each value's Java type. */
	static final AtomicReference<Map<String, Object>> receivedNumbers = new AtomicReference<>();

	/** Echoes a JSON object, as numbers-heavy functions do; records what it got. */
	@Bean
	@ServerlessFunction
	Function<Map<String, Object>, Map<String, Object>> numbers() {
		return (event) -> {
			receivedNumbers.set(event);
			return event;
		};
	}

	record Order(String orderId, int quantity, long reference) {
	}

	@Bean
	@ServerlessFunction
	Function<Order, Order> order() {
		return (order) -> new Order(order.orderId(), order.quantity() + 1, order.reference());
	}

	static final AtomicReference<String> consumed = new AtomicReference<>();

	/** Counted down when {@code slow} has started. */
	static volatile CountDownLatch slowStarted = new CountDownLatch(1);

	/** {@code slow} finishes when this is counted down. */
	static volatile CountDownLatch slowRelease = new CountDownLatch(1);

	/** A request that stays in flight until the test lets it finish. */
	@Bean
	@ServerlessFunction
	Function<String, String> slow() {
		return (text) -> {
			slowStarted.countDown();
			try {
				slowRelease.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			return "finished " + text;
		};
	}

	@Bean
	@ServerlessFunction
	Consumer<String> sink() {
		return consumed::set;
	}

	static final AtomicInteger preStopped = new AtomicInteger();

	/** When set, the pre-stop hook blocks until interrupted, as a hook that overruns its timeout. */
	static final AtomicBoolean slowPreStop = new AtomicBoolean();

	/** Counted down when a blocked pre-stop hook is interrupted. */
	static volatile CountDownLatch preStopInterrupted = new CountDownLatch(1);

	@Bean
	FnPreStopHandler countingPreStop() {
		return (context) -> {
			preStopped.incrementAndGet();
			if (slowPreStop.get()) {
				try {
					new CountDownLatch(1).await();
				}
				catch (InterruptedException ex) {
					preStopInterrupted.countDown();
					Thread.currentThread().interrupt();
					throw ex;
				}
			}
		};
	}

	@Bean
	CountingInitializer countingInitializer() {
		return new CountingInitializer();
	}

	/** Counts its runs per application, and in total across applications. */
	static class CountingInitializer implements FnInitializer {

		final AtomicInteger runs = new AtomicInteger();

		@Override
		public void initialize(FnContext context) {
			this.runs.incrementAndGet();
			initialized.incrementAndGet();
		}

	}

}
