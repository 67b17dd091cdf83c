package io.github.fnspring.huawei;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The built-in runtime's entry point, called as FunctionGraph calls it. */
class FunctionGraphHandlerTest {

	private final FunctionGraphHandler handler = new FunctionGraphHandler();

	@AfterEach
	void reset() {
		FunctionGraphHandlers.reset();
	}

	private static TestRuntimeContext context(String requestId, String functionName) {
		return new TestRuntimeContext(requestId, functionName, "AK-" + requestId,
				Map.of(FgApplicationClass.NAME_VARIABLE, FgTestApplication.class.getName(), "TABLE", "orders"));
	}

	@Test
	void contextComesFromTheRuntimeContextAndUnwrapsToIt() {
		TestRuntimeContext runtime = context("req-fg-1", "describe");
		@SuppressWarnings("unchecked")
		Map<String, Object> view = (Map<String, Object>) this.handler.handleRequest("{}", runtime);
		assertThat(view).containsEntry("requestId", "req-fg-1")
			.containsEntry("functionName", "describe")
			.containsEntry("memory", 256)
			.containsEntry("timeoutSeconds", 30)
			.containsEntry("accountId", "project-1")
			.containsEntry("accessKeyId", "AK-req-fg-1")
			.containsEntry("table", "orders")
			.containsEntry("native", "req-fg-1");
	}

	@Test
	void loggerWritesThroughTheRuntimeLogger() {
		TestRuntimeContext runtime = context("req-fg-log", "describe");
		this.handler.handleRequest("{}", runtime);
		assertThat(runtime.logLines).contains("INFO describing req-fg-log");
	}

	@Test
	void initializerStartsTheApplicationOnceAndRunsInitializers() {
		int before = FgTestApplication.initialized.get();
		this.handler.initialize(context("init-1", "uppercase"));
		this.handler.initialize(context("init-2", "uppercase"));
		assertThat(this.handler.handleRequest("hi", context("req-after-init", "uppercase"))).isEqualTo("HI");
		assertThat(FgTestApplication.initialized.get()).isEqualTo(before + 1);
	}

	@Test
	void configurationCannotTakeTheBuiltInRuntimeForAnotherPlatform() {
		System.setProperty("fn.vendor", "aliyun");
		try {
			assertThat(this.handler.handleRequest("fg", context("req-forced", "uppercase"))).isEqualTo("FG");
		}
		finally {
			System.clearProperty("fn.vendor");
		}
	}

	@Test
	void jsonResultsKeepTheirDecimalsExactly() {
		Map<?, ?> price = (Map<?, ?>) this.handler.handleRequest("{}", context("req-price", "price"));
		assertThat(price.get("amount")).isEqualTo(new BigDecimal("25.10"));
	}

	@Test
	void preStopRunsThePreStopHandlersOnceStartedAndHeartbeatReportsHealth() {
		int before = FgTestApplication.preStopped.get();
		this.handler.preStop(context("stop-0", "uppercase"));
		assertThat(FgTestApplication.preStopped.get()).as("nothing started, nothing to stop").isEqualTo(before);
		this.handler.handleRequest("x", context("req-start", "uppercase"));
		assertThat(this.handler.heartbeat()).isTrue();
		this.handler.preStop(context("stop-1", "uppercase"));
		assertThat(FgTestApplication.preStopped.get()).isEqualTo(before + 1);
	}

	@Test
	void withoutAnApplicationClassTheFailureSaysWhatToSet() {
		TestRuntimeContext runtime = new TestRuntimeContext("req-none", "uppercase", "AK", Map.of());
		assertThatIllegalStateException().isThrownBy(() -> this.handler.handleRequest("x", runtime))
			.withMessageContaining(FgApplicationClass.NAME_VARIABLE);
	}

}
