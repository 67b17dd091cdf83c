package io.github.fnspring.core;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;

import io.github.fnspring.FnContext;
import io.github.fnspring.FnInitializer;
import io.github.fnspring.FnPreStopHandler;
import io.github.fnspring.Vendor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class LifecycleHooksTest {

	private final FnContext context = InvocationContext.builder(Vendor.LOCAL).requestId("r").build();

	@Test
	void initializersRunOnceAndAgainOnlyAfterAFailure() {
		AtomicInteger attempts = new AtomicInteger();
		FnInitializer flaky = (context) -> {
			if (attempts.incrementAndGet() == 1) {
				throw new IllegalStateException("database not reachable");
			}
		};
		LifecycleHooks hooks = new LifecycleHooks(List.of(flaky), List.of(), ObservationRegistry.NOOP);
		assertThatExceptionOfType(LifecycleHooks.InitializationException.class)
			.isThrownBy(() -> hooks.initialize(this.context))
			.withMessageContaining("database not reachable");
		hooks.initialize(this.context);
		hooks.initialize(this.context);
		assertThat(attempts).hasValue(2);
	}

	@Test
	void everyPreStopHandlerRunsEvenWhenOneFails() {
		AtomicInteger ran = new AtomicInteger();
		FnPreStopHandler failing = (context) -> {
			ran.incrementAndGet();
			throw new IllegalStateException("flush failed");
		};
		FnPreStopHandler counting = (context) -> ran.incrementAndGet();
		LifecycleHooks hooks = new LifecycleHooks(List.of(), List.of(failing, counting), ObservationRegistry.NOOP);
		assertThatException().isThrownBy(() -> hooks.preStop(this.context)).withMessage("flush failed");
		assertThat(ran).hasValue(2);
	}

	@Test
	void preStopRunsOnceAndACallWhileItRunsWaitsForIt() throws Exception {
		CountDownLatch running = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		AtomicInteger runs = new AtomicInteger();
		FnPreStopHandler slow = (context) -> {
			runs.incrementAndGet();
			running.countDown();
			release.await();
		};
		LifecycleHooks hooks = new LifecycleHooks(List.of(), List.of(slow), ObservationRegistry.NOOP);
		CompletableFuture<Void> first = CompletableFuture.runAsync(() -> preStop(hooks));
		assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<Void> second = CompletableFuture.runAsync(() -> preStop(hooks));
		// the second caller may not go on to stop the application while the handler runs
		assertThatExceptionOfType(TimeoutException.class).isThrownBy(() -> second.get(200, TimeUnit.MILLISECONDS));
		release.countDown();
		first.get(10, TimeUnit.SECONDS);
		second.get(10, TimeUnit.SECONDS);
		hooks.preStop(this.context);
		assertThat(runs).hasValue(1);
	}

	private void preStop(LifecycleHooks hooks) {
		try {
			hooks.preStop(this.context);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
