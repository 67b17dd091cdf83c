package io.github.fnspring.core;

import java.util.Locale;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.ReceiverContext;
import org.jspecify.annotations.Nullable;

import io.github.fnspring.FnContext;

/**
 * Each invocation as a Micrometer observation, {@value #NAME}, when the application has an
 * {@link ObservationRegistry}: with Spring Boot's metrics a timer (and a long-task timer of the
 * invocations in flight) tagged with the function, the vendor and the outcome; with Micrometer
 * Tracing a span that continues the platform's trace ({@link FnContext#traceParent()}, read as
 * the {@code traceparent} a propagator reads). Without a registry nothing is made per call.
 */
public final class InvocationObservations {

	/** The observation's name: {@code fn.invocation} timers and spans. */
	public static final String NAME = "fn.invocation";

	/** The key under which the platform's trace context is offered to the propagator. */
	private static final String TRACE_PARENT = "traceparent";

	private final ObservationRegistry registry;

	private final InstanceEvents instanceEvents;

	private final boolean structuredLogging;

	/**
	 * @param instanceEvents told when the instance's first invocation ends
	 * @param structuredLogging whether the application writes structured logs, whose lines then
	 * carry the invocation's function and vendor too
	 */
	public InvocationObservations(ObservationRegistry registry, InstanceEvents instanceEvents,
			boolean structuredLogging) {
		this.registry = registry;
		this.instanceEvents = instanceEvents;
		this.structuredLogging = structuredLogging;
	}

	/** Binds the invocation's context to the running thread, with the log fields the application's logs write. */
	FnContextHolder.Scope bind(FnContext context) {
		return FnContextHolder.bind(context, this.structuredLogging);
	}

	/** Starts observing an invocation; a no-op observation without a registry. */
	Observation start(FnContext context) {
		if (this.registry.isNoop()) {
			return Observation.NOOP;
		}
		ReceiverContext<FnContext> receiver = new ReceiverContext<>(
				(carrier, key) -> TRACE_PARENT.equals(key) ? carrier.traceParent().orElse(null) : null);
		receiver.setCarrier(context);
		receiver.setRemoteServiceName(context.platform());
		return Observation.createNotStarted(NAME, () -> receiver, this.registry)
			.contextualName(context.functionName())
			.lowCardinalityKeyValue("function", context.functionName())
			.lowCardinalityKeyValue("vendor", context.vendor().name().toLowerCase(Locale.ROOT))
			.highCardinalityKeyValue("request.id", context.requestId())
			.start();
	}

	/**
	 * Ends the observation with the invocation's outcome: {@code success}, or how it failed.
	 * @param first whether this was the instance's first invocation
	 */
	void stop(Observation observation, @Nullable Throwable failure, FnContext context, boolean first) {
		if (first) {
			this.instanceEvents.firstInvocationEnded(context);
		}
		if (observation.isNoop()) {
			return;
		}
		observation.lowCardinalityKeyValue("outcome", outcome(failure));
		if (failure != null) {
			observation.error(failure);
		}
		observation.stop();
	}

	/**
	 * {@code success}; {@code rejected} for input the function never saw (bad input, an unknown
	 * function); {@code timeout}; else {@code error}, the function's own failure.
	 */
	static String outcome(@Nullable Throwable failure) {
		if (failure == null) {
			return "success";
		}
		if (failure instanceof InvalidInputException || failure instanceof UnknownFunctionException) {
			return "rejected";
		}
		if (failure instanceof InvocationTimeoutException) {
			return "timeout";
		}
		return "error";
	}

}
