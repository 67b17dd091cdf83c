package io.github.fnspring.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/**
 * What a cloud's console shows of one invocation beside its output and logs: FunctionGraph's
 * 执行摘要 (request id, memory configured, execution duration, memory used, billed duration),
 * which FC's and SCF's test results also report. A local run logs it for every invocation
 * ({@link ExecutionSummaries}); the local console shows it.
 *
 * @param requestId the invocation's request id
 * @param memoryMb the function's configured memory
 * @param duration how long the invocation took, from sending the event to the answer
 * @param memoryUsedMb the process's resident memory after the invocation, as the platforms
 * measure an instance's
 * @param billedDuration the duration as the cloud bills it ({@link #billed})
 */
public record ExecutionSummary(String requestId, int memoryMb, Duration duration, long memoryUsedMb,
		Duration billedDuration) {

	/**
	 * The duration as the three clouds bill an on-demand invocation: rounded up to the next
	 * millisecond, at least one (the clouds' billing pages are cited in docs/local-console.md).
	 */
	public static Duration billed(Duration duration) {
		long nanos = Math.max(duration.toNanos(), 1);
		long millis = (nanos + 999_999) / 1_000_000;
		return Duration.ofMillis(millis);
	}

	/** Milliseconds with two decimals, as the consoles show a duration. */
	public static String millis(Duration duration) {
		return BigDecimal.valueOf(duration.toNanos()).movePointLeft(6).setScale(2, RoundingMode.HALF_UP).toPlainString();
	}

	/** The line a local run logs for each invocation. */
	public String logLine() {
		return "Invocation summary: RequestId: " + this.requestId + ", Memory Size: " + this.memoryMb
				+ " MB, Duration: " + millis(this.duration) + " ms, Max Memory Used: " + this.memoryUsedMb
				+ " MB, Billed Duration: " + this.billedDuration.toMillis() + " ms";
	}

}
