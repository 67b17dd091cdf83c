package io.github.fnspring.testsupport;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import io.github.fnspring.core.ProcessExit;

/**
 * Registered for every application the tests start (in the tests' {@code spring.factories}):
 * replaces the JVM's exit, so that no test context, whatever its transport does, can end the
 * test JVM. An attempt fails where it happens instead.
 */
public final class NoProcessExitInTests implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	/** The bean the tests' applications get instead of {@link ProcessExit#JVM}. */
	public static final ProcessExit REFUSED = new ProcessExit() {

		@Override
		public void exit(int status) {
			throw new IllegalStateException("A test application tried to exit the JVM with status " + status);
		}

		@Override
		public void halt(int status) {
			throw new IllegalStateException("A test application tried to halt the JVM with status " + status);
		}

	};

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.getBeanFactory().registerSingleton("fnProcessExit", REFUSED);
	}

}
