package io.github.fnspring.benchmarks;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A {@code main} in a fresh JVM that reads the event from stdin and writes its answer to
 * stdout, where log lines may come before it: done when the receipt line appears.
 */
final class JavaMainTarget implements Target {

	private final String name;

	private final List<String> jvmFlags;

	private final String classpath;

	private final String mainClass;

	private final Path event;

	private final Path javaHome;

	/**
	 * @param event a file holding {@link OrderEvent#JSON}, fed to stdin
	 */
	JavaMainTarget(String name, List<String> jvmFlags, String classpath, String mainClass, Path event) {
		this(name, jvmFlags, classpath, mainClass, event, Path.of(System.getProperty("java.home")));
	}

	/**
	 * @param javaHome the Java to run on, e.g. the one a package bundles
	 */
	JavaMainTarget(String name, List<String> jvmFlags, String classpath, String mainClass, Path event,
			Path javaHome) {
		this.javaHome = javaHome;
		this.name = name;
		this.jvmFlags = jvmFlags;
		this.classpath = classpath;
		this.mainClass = mainClass;
		this.event = event;
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public String jvmFlags() {
		return this.jvmFlags.isEmpty() ? "defaults" : "`" + String.join(" ", this.jvmFlags) + "`";
	}

	@Override
	public Sample run(Path log) throws Exception {
		List<String> command = new ArrayList<>();
		command.add(this.javaHome.resolve("bin").resolve("java").toString());
		command.addAll(this.jvmFlags);
		command.add("-cp");
		command.add(this.classpath);
		command.add(this.mainClass);
		ProcessBuilder builder = new ProcessBuilder(command).redirectInput(this.event.toFile()).redirectErrorStream(true);
		try (TargetProcess process = TargetProcess.start(this.name, builder, log)) {
			CompletableFuture<Long> answeredAt = new CompletableFuture<>();
			Thread reader = new Thread(() -> copyUntilReceipt(process.process(), log, answeredAt), "stdout-" + this.name);
			reader.setDaemon(true);
			reader.start();
			return process.await(answeredAt);
		}
	}

	/** Copies the output to the log, completing when the receipt line is read. */
	private static void copyUntilReceipt(Process process, Path log, CompletableFuture<Long> answeredAt) {
		try (BufferedReader output = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
				BufferedWriter copy = Files.newBufferedWriter(log)) {
			String line;
			while ((line = output.readLine()) != null) {
				if (!answeredAt.isDone() && OrderEvent.isReceipt(line)) {
					answeredAt.complete(System.nanoTime());
				}
				copy.write(line);
				copy.newLine();
				copy.flush();
			}
			answeredAt.completeExceptionally(new IllegalStateException("its output ended without the receipt"));
		}
		catch (IOException ex) {
			answeredAt.completeExceptionally(new UncheckedIOException(ex));
		}
	}

}
