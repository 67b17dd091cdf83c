package io.github.fnspring.benchmarks;

import java.nio.file.Path;
import java.util.Map;

/** Starts an unpacked package through its own start script, as the cloud would. */
final class Bootstrap {

	private Bootstrap() {
	}

	/**
	 * The script runs in its directory with the cloud's environment, its output going to the
	 * log, and with this JVM's Java as {@code JAVA_HOME} so every target runs the same JVM.
	 */
	static ProcessBuilder builder(Path script, Map<String, String> environment, Path log) {
		ProcessBuilder builder = new ProcessBuilder(script.toString()).directory(script.getParent().toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().putAll(environment);
		builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
		return builder;
	}

}
