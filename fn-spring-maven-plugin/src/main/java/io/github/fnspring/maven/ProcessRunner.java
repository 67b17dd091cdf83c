package io.github.fnspring.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a build step in a child process with its output in a log file, so that a failure
 * reports the step's own last lines instead of a bare exit code, and a hung step cannot hang
 * the build.
 */
final class ProcessRunner {

	private static final int TAIL_LINES = 40;

	private final Duration timeout;

	ProcessRunner(Duration timeout) {
		this.timeout = timeout;
	}

	void run(List<String> command, Map<String, String> environment, Path workDirectory, String description)
			throws IOException {
		Files.createDirectories(workDirectory);
		Path log = workDirectory.resolve("process.log");
		ProcessBuilder builder = new ProcessBuilder(command).directory(workDirectory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().putAll(environment);
		Process process = builder.start();
		try {
			if (!process.waitFor(this.timeout.toSeconds(), TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IOException(description + " did not finish within " + this.timeout.toSeconds()
						+ " s; its output is in " + log);
			}
		}
		catch (InterruptedException ex) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
			throw new IOException(description + " was interrupted", ex);
		}
		if (process.exitValue() != 0) {
			throw new IOException(description + " failed with exit code " + process.exitValue() + ":\n" + tail(log));
		}
	}

	private static String tail(Path log) throws IOException {
		List<String> lines = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
		return String.join("\n", lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
	}

}
