package io.github.fnspring.runtime;

/**
 * A vendor's handling of one event from its Runtime API: build the context from the
 * headers, run the function, and describe a failure in the vendor's error shape. It must
 * not throw: every event needs an answer.
 */
@FunctionalInterface
public interface RuntimeEventHandler {

	RuntimeOutcome handle(RuntimeEvent event);

}
