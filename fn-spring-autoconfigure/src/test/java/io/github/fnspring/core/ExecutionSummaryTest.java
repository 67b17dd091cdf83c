package io.github.fnspring.core;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Billed as the three clouds bill an on-demand invocation: up to the next millisecond, at least one. */
class ExecutionSummaryTest {

	@Test
	void theBilledDurationIsRoundedUpToAMillisecondAndIsNeverZero() {
		assertThat(ExecutionSummary.billed(Duration.ZERO)).isEqualTo(Duration.ofMillis(1));
		assertThat(ExecutionSummary.billed(Duration.ofNanos(300_000))).isEqualTo(Duration.ofMillis(1));
		assertThat(ExecutionSummary.billed(Duration.ofMillis(1))).isEqualTo(Duration.ofMillis(1));
		assertThat(ExecutionSummary.billed(Duration.ofNanos(1_000_001))).isEqualTo(Duration.ofMillis(2));
		assertThat(ExecutionSummary.billed(Duration.ofNanos(2_300_000))).isEqualTo(Duration.ofMillis(3));
	}

	@Test
	void theLineNamesEveryFieldAsTheConsolesDo() {
		ExecutionSummary summary = new ExecutionSummary("req-1", 128, Duration.ofNanos(12_345_678), 95,
				Duration.ofMillis(13));
		assertThat(summary.logLine()).isEqualTo("Invocation summary: RequestId: req-1, Memory Size: 128 MB, "
				+ "Duration: 12.35 ms, Max Memory Used: 95 MB, Billed Duration: 13 ms");
	}

}
