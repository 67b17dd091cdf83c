package io.github.fnspring.core;

/**
 * How fn-spring ends the process when an instance must not stay up: a custom runtime whose
 * Runtime API stayed away, or the end of a class-data sharing training run. A bean of this
 * type replaces the JVM's exit, as a test does so that no test can end the test JVM.
 */
public interface ProcessExit {

	/** The JVM's own: {@link System#exit} and {@link Runtime#halt}. */
	ProcessExit JVM = new ProcessExit() {

		@Override
		public void exit(int status) {
			System.exit(status);
		}

		@Override
		public void halt(int status) {
			Runtime.getRuntime().halt(status);
		}

	};

	/** Ends the process after its shutdown hooks, which close the application, have run. */
	void exit(int status);

	/** Ends the process at once, without shutdown hooks. */
	void halt(int status);

}
