package io.github.fnspring.core;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import io.github.fnspring.Vendor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** Who ends a late invocation: the platform on a cloud, fn-spring in a local run. */
class InvocationTimeoutsTest {

	private static final FunctionResult DONE = new FunctionResult(0, Map.of(), new byte[0], "text/plain");

	private static InvocationContext expiringIn(Duration remaining) {
		return InvocationContext.builder(Vendor.LOCAL)
			.requestId("req-1")
			.timeout(Duration.ofSeconds(3))
			.deadline(Instant.now().plus(remaining))
			.build();
	}

	@Test
	void onACloudTheFunctionRunsOnTheCallersThreadWhateverItsDeadline() {
		AtomicReference<Thread> ranOn = new AtomicReference<>();
		FunctionResult result = InvocationTimeouts.enforcedByThePlatform().call(expiringIn(Duration.ZERO), () -> {
			ranOn.set(Thread.currentThread());
			return DONE;
		});
		assertThat(result).isSameAs(DONE);
		assertThat(ranOn.get()).isSameAs(Thread.currentThread());
	}

	@Test
	void locallyALateInvocationFailsWithItsTimeoutAndIsInterrupted() throws Exception {
		AtomicReference<Boolean> interrupted = new AtomicReference<>();
		try (InvocationTimeouts timeouts = InvocationTimeouts.enforcedLocally()) {
			assertThatExceptionOfType(InvocationTimeoutException.class)
				.isThrownBy(() -> timeouts.call(expiringIn(Duration.ofMillis(100)), () -> {
					try {
						Thread.sleep(60_000);
					}
					catch (InterruptedException ex) {
						interrupted.set(true);
					}
					return DONE;
				}))
				.satisfies((ex) -> assertThat(ex.timeoutSeconds()).isEqualTo(3));
			await().untilAtomic(interrupted, equalTo(true));
		}
	}

	@Test
	void locallyAFunctionsOwnFailureIsRethrownUnchanged() {
		try (InvocationTimeouts timeouts = InvocationTimeouts.enforcedLocally()) {
			assertThatIllegalStateException().isThrownBy(() -> timeouts.call(expiringIn(Duration.ofSeconds(5)), () -> {
				throw new IllegalStateException("the function's own");
			})).withMessage("the function's own");
		}
	}

	@Test
	void aDeadlineFarBeyondAnyCloudsTimeoutDoesNotOverflow() {
		try (InvocationTimeouts timeouts = InvocationTimeouts.enforcedLocally()) {
			InvocationContext forever = InvocationContext.builder(Vendor.LOCAL).requestId("req-2")
				.deadline(Instant.MAX)
				.build();
			assertThat(timeouts.call(forever, () -> DONE)).isSameAs(DONE);
		}
	}

}
