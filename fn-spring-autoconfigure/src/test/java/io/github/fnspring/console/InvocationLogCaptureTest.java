package io.github.fnspring.console;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.MDC;

import ch.qos.logback.classic.LoggerContext;

import io.github.fnspring.FnContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lines are kept per watched request id, capped at the last 4 KB, and survive Logback being
 * reconfigured; on a Logback context of the test's own, so that no other test's logging changes.
 */
class InvocationLogCaptureTest {

	private final LoggerContext logback = logback();

	private final Logger logger = this.logback.getLogger("test");

	private final InvocationLogCapture capture = InvocationLogCapture.attach(this.logback);

	/** A Logback context of its own, reading SLF4J's log context as the application's does. */
	private static LoggerContext logback() {
		LoggerContext context = new LoggerContext();
		context.setMDCAdapter(MDC.getMDCAdapter());
		return context;
	}

	@AfterEach
	void detach() {
		this.capture.detach();
		this.logback.stop();
		MDC.clear();
	}

	@Test
	void onlyTheWatchedInvocationsLinesAreKeptAndOnlyTheLast4Kb() {
		this.capture.watch("watched");
		logUnder("watched", "first line");
		logUnder("other", "a line of another invocation");
		logUnder(null, "a line of no invocation");
		assertThat(this.capture.release("watched")).contains("INFO").contains("first line").doesNotContain("another")
			.doesNotContain("no invocation");
		this.capture.watch("long");
		for (int i = 0; i < 200; i++) {
			logUnder("long", "line " + i + " " + "x".repeat(40));
		}
		String kept = this.capture.release("long");
		assertThat(kept).hasSize(InvocationLogCapture.LIMIT_BYTES).contains("line 199").doesNotContain("line 1 ");
		assertThat(this.capture.release("never watched")).isEmpty();
	}

	@Test
	void logbackReconfiguredKeepsTheCaptureOn() {
		this.logback.reset();
		this.capture.watch("after-reset");
		logUnder("after-reset", "still captured");
		assertThat(this.capture.release("after-reset")).contains("still captured");
	}

	private void logUnder(String requestId, String message) {
		if (requestId != null) {
			MDC.put(FnContext.MDC_REQUEST_ID, requestId);
		}
		try {
			this.logger.info(message);
		}
		finally {
			MDC.remove(FnContext.MDC_REQUEST_ID);
		}
	}

}
