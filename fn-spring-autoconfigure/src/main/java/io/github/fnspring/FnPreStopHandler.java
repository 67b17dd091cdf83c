package io.github.fnspring;

/**
 * A bean called when the platform announces that the instance is about to stop
 * (FC's {@code /pre-stop}), to flush buffers and release connections in order.
 */
@FunctionalInterface
public interface FnPreStopHandler {

	void preStop(FnContext context) throws Exception;

}
