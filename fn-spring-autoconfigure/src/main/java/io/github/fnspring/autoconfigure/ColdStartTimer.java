package io.github.fnspring.autoconfigure;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import io.github.fnspring.FnContext;
import io.github.fnspring.core.InstanceEvents;

/**
 * Records the instance's cold start, from the process's start to its first answer, as the
 * Micrometer timer {@value #NAME} tagged with the function and the vendor, when the application
 * has a {@link MeterRegistry}: one sample per instance.
 */
final class ColdStartTimer implements InstanceEvents {

	static final String NAME = "fn.cold.start";

	private final ObjectProvider<MeterRegistry> meterRegistry;

	ColdStartTimer(ObjectProvider<MeterRegistry> meterRegistry) {
		this.meterRegistry = meterRegistry;
	}

	@Override
	public void firstInvocationEnded(FnContext context) {
		MeterRegistry registry = this.meterRegistry.getIfAvailable();
		Optional<Instant> processStart = ProcessHandle.current().info().startInstant();
		if (registry == null || processStart.isEmpty()) {
			return;
		}
		Timer.builder(NAME)
			.description("From the process's start to the instance's first answer")
			.tag("function", context.functionName())
			.tag("vendor", context.vendor().name().toLowerCase(Locale.ROOT))
			.register(registry)
			.record(Duration.between(processStart.get(), Instant.now()));
	}

}
