package io.github.fnspring.test;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import io.github.fnspring.FnContext;
import io.github.fnspring.FnCredentials;
import io.github.fnspring.Vendor;
import io.github.fnspring.core.CurrentFnContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.awaitility.Awaitility.await;

/** A test's context is what the test says, and bound, it is the invocation's context. */
class TestFnContextTest {

	@Test
	void theBuiltContextIsWhatTheTestSays() {
		FnCredentials credentials = new FnCredentials("AK-test", "SK-test", "token");
		FnContext context = TestFnContext.builder()
			.requestId("req-1")
			.remainingTime(Duration.ofSeconds(3))
			.credentials(credentials)
			.functionName("order")
			.memoryLimitMb(256)
			.vendor(Vendor.TENCENT)
			.userData("TABLE", "orders")
			.build();
		assertThat(context.requestId()).isEqualTo("req-1");
		assertThat(context.remainingTime()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(3));
		assertThat(context.timeout()).isEqualTo(Duration.ofSeconds(3));
		assertThat(context.credentials()).contains(credentials);
		assertThat(context.functionName()).isEqualTo("order");
		assertThat(context.memoryLimitMb()).isEqualTo(256);
		assertThat(context.vendor()).isEqualTo(Vendor.TENCENT);
		assertThat(context.platform()).isEqualTo("tencent");
		assertThat(context.userData("TABLE")).contains("orders");
		assertThat(context.userData("OTHER")).isEmpty();
	}

	@Test
	void theDeadlineIsSetAtBuildAndTheRemainingTimeCountsDownToZero() {
		FnContext context = TestFnContext.builder().remainingTime(Duration.ZERO).build();
		assertThat(context.remainingTime()).isZero();
		FnContext later = TestFnContext.builder().remainingTime(Duration.ofMinutes(5)).build();
		Instant built = Instant.now();
		await().atMost(Duration.ofSeconds(5)).until(() -> Instant.now().isAfter(built.plusMillis(5)));
		assertThat(later.remainingTime()).as("counted down from build(), not from each call")
			.isLessThan(Duration.ofMinutes(5))
			.isGreaterThan(Duration.ofMinutes(4));
	}

	@Test
	void aBoundContextIsTheInjectedContextAndTheMdcsRequestIdUntilClosed() {
		FnContext injected = new CurrentFnContext();
		FnContext outer = TestFnContext.builder().requestId("req-outer").build();
		FnContext inner = TestFnContext.builder().requestId("req-inner").build();
		try (TestFnContext.Binding binding = TestFnContext.bind(outer)) {
			assertThat(injected.requestId()).isEqualTo("req-outer");
			try (TestFnContext.Binding nested = TestFnContext.bind(inner)) {
				assertThat(injected.requestId()).isEqualTo("req-inner");
				assertThat(MDC.get(FnContext.MDC_REQUEST_ID)).isEqualTo("req-inner");
			}
			assertThat(injected.requestId()).as("the previous binding comes back").isEqualTo("req-outer");
		}
		assertThat(MDC.get(FnContext.MDC_REQUEST_ID)).isNull();
		assertThatIllegalStateException().isThrownBy(injected::requestId);
	}

}
