package io.github.fnspring;

/**
 * A bean that prepares the instance once, before it serves its first invocation: the
 * platform's initializer hook where there is one (FC's {@code /initialize}), otherwise
 * just before the first invocation.
 */
@FunctionalInterface
public interface FnInitializer {

	void initialize(FnContext context) throws Exception;

}
