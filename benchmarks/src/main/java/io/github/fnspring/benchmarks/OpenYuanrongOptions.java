package io.github.fnspring.benchmarks;

import java.util.List;

/**
 * FunctionGraph's built-in Java runtime's JVM options, as far as its open-source counterpart
 * shows them. {@code main} prints them for the shell scripts, so that they run exactly these.
 */
public final class OpenYuanrongOptions {

	/**
	 * The options openYuanrong's executor starts a Java 17 function's JVM with (its
	 * {@code functionsystem}, {@code src/runtime_manager/executor/executor.cpp}), and its heap
	 * bound for a 128 MB function: what FunctionGraph's built-in runtime likely uses
	 * (unverified for the public service).
	 */
	static final List<String> JAVA17_128MB = List.of("-XX:+UseZGC", "-XX:+AlwaysPreTouch",
			"-XX:+UseCountedLoopSafepoints", "-XX:+TieredCompilation", "--add-opens=java.base/java.util=ALL-UNNAMED",
			"--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.net=ALL-UNNAMED",
			"--add-opens=java.base/java.io=ALL-UNNAMED", "--add-opens=java.base/java.math=ALL-UNNAMED",
			"--add-opens=java.base/java.time=ALL-UNNAMED", "--add-opens=java.base/java.text=ALL-UNNAMED",
			"--add-opens=java.base/java.nio=ALL-UNNAMED", "--enable-preview", "-Xmx128m");

	private OpenYuanrongOptions() {
	}

	public static void main(String[] args) {
		System.out.println(String.join(" ", JAVA17_128MB));
	}

}
