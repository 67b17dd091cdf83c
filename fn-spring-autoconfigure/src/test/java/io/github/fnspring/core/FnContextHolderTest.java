package io.github.fnspring.core;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import io.github.fnspring.FnContext;
import io.github.fnspring.Vendor;

import static org.assertj.core.api.Assertions.assertThat;

class FnContextHolderTest {

	private static FnContext context(String requestId) {
		return InvocationContext.builder(Vendor.LOCAL).requestId(requestId).build();
	}

	@Test
	void bindingIsVisibleOnlyInsideTheScopeAndSetsTheMdc() {
		try (FnContextHolder.Scope scope = FnContextHolder.bind(context("r1"))) {
			assertThat(FnContextHolder.current()).map(FnContext::requestId).contains("r1");
			assertThat(MDC.get(FnContext.MDC_REQUEST_ID)).isEqualTo("r1");
		}
		assertThat(FnContextHolder.current()).isEmpty();
		assertThat(MDC.get(FnContext.MDC_REQUEST_ID)).isNull();
	}

	@Test
	void nestedBindingRestoresTheOuterOne() {
		try (FnContextHolder.Scope outer = FnContextHolder.bind(context("outer"))) {
			try (FnContextHolder.Scope inner = FnContextHolder.bind(context("inner"))) {
				assertThat(FnContextHolder.current()).map(FnContext::requestId).contains("inner");
			}
			assertThat(FnContextHolder.current()).map(FnContext::requestId).contains("outer");
			assertThat(MDC.get(FnContext.MDC_REQUEST_ID)).isEqualTo("outer");
		}
	}

	@Test
	void nothingSurvivesOnAPooledThread() throws Exception {
		ExecutorService pool = Executors.newSingleThreadExecutor();
		try {
			pool.submit(() -> {
				try (FnContextHolder.Scope scope = FnContextHolder.bind(context("first"))) {
					throw new IllegalStateException("the invocation fails");
				}
			});
			assertThat(pool.submit(() -> FnContextHolder.current().isPresent() || MDC.get(FnContext.MDC_REQUEST_ID) != null)
				.get()).isFalse();
		}
		finally {
			pool.shutdownNow();
		}
	}

}
