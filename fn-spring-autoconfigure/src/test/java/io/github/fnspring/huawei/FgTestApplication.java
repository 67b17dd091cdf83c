package io.github.fnspring.huawei;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
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

	static final AtomicInteger preStopped = new AtomicInteger();

	@Bean
	FnPreStopHandler countingPreStop() {
		return (context) -> preStopped.incrementAndGet();
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
