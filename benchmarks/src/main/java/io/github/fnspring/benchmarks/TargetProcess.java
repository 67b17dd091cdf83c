package io.github.fnspring.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A started target process: when it started, its JVM's peak RSS, and its end (with all its
 * descendants). The JVM is the process itself when its start script {@code exec}s Java, else
 * its Java descendant.
 *
 * <p>Peak RSS is the JVM's {@code VmHWM}, read when the answer arrives and, as a target may
 * exit right after answering (taking its {@code /proc} entry with it), also sampled every
 * few milliseconds while it runs.
 */
final class TargetProcess implements AutoCloseable {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private static final long SAMPLE_MILLIS = 5;

	private final String target;

	private final Process process;

	private final Path log;

	private final long startNanos;

	private final AtomicLong peakRssKb = new AtomicLong(-1);

	private final Thread sampler;

	private volatile ProcessHandle jvm;

	private TargetProcess(String target, Process process, Path log, long startNanos) {
		this.target = target;
		this.process = process;
		this.log = log;
		this.startNanos = startNanos;
		this.sampler = new Thread(this::sample, "rss-" + process.pid());
		this.sampler.setDaemon(true);
	}

	/** Starts a target; the clock starts just before the process does. */
	static TargetProcess start(String target, ProcessBuilder builder, Path log) throws IOException {
		long start = System.nanoTime();
		TargetProcess process = new TargetProcess(target, builder.start(), log, start);
		process.sampler.start();
		return process;
	}

	Process process() {
		return this.process;
	}

	String target() {
		return this.target;
	}

	/**
	 * Waits until the target answers.
	 * @param answeredAt completes with the {@link System#nanoTime()} of a good answer, or
	 * exceptionally with why the answer was wrong
	 */
	Sample await(CompletableFuture<Long> answeredAt) throws InterruptedException {
		long deadline = this.startNanos + TIMEOUT.toNanos();
		while (true) {
			// an exited target's answer may still be on its way (a pipe, a socket)
			boolean exited = !this.process.isAlive();
			try {
				long at = answeredAt.get(exited ? 2000 : 50, TimeUnit.MILLISECONDS);
				readPeakRss();
				return new Sample((at - this.startNanos) / 1_000_000.0, this.peakRssKb.get());
			}
			catch (ExecutionException ex) {
				throw failure(ex.getCause().getMessage());
			}
			catch (TimeoutException ex) {
				if (exited) {
					throw failure("exited with status " + this.process.exitValue() + " without answering");
				}
				if (System.nanoTime() > deadline) {
					throw failure("no answer within " + TIMEOUT.toSeconds() + " s");
				}
			}
		}
	}

	ColdStartFailure failure(String reason) {
		return new ColdStartFailure(this.target + ": " + reason + "; last lines of " + this.log + ":\n" + logTail());
	}

	private String logTail() {
		try {
			List<String> lines = Files.readAllLines(this.log, StandardCharsets.UTF_8);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
		}
		catch (IOException ex) {
			return "(unreadable: " + ex.getMessage() + ")";
		}
	}

	private void sample() {
		while (this.process.isAlive()) {
			readPeakRss();
			try {
				Thread.sleep(SAMPLE_MILLIS);
			}
			catch (InterruptedException ex) {
				return;
			}
		}
	}

	private void readPeakRss() {
		jvm().flatMap(TargetProcess::vmHwmKb).ifPresent((kb) -> this.peakRssKb.accumulateAndGet(kb, Math::max));
	}

	private Optional<ProcessHandle> jvm() {
		if (this.jvm == null) {
			ProcessHandle handle = this.process.toHandle();
			this.jvm = isJava(handle) ? handle
					: handle.descendants().filter(TargetProcess::isJava).findFirst().orElse(null);
		}
		return Optional.ofNullable(this.jvm);
	}

	private static boolean isJava(ProcessHandle handle) {
		return handle.info().command().map((command) -> command.endsWith("/java")).orElse(false);
	}

	private static Optional<Long> vmHwmKb(ProcessHandle handle) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", Long.toString(handle.pid()), "status"))) {
				if (line.startsWith("VmHWM:")) {
					return Optional.of(Long.parseLong(line.replaceAll("[^0-9]", "")));
				}
			}
		}
		catch (IOException ex) {
			// gone: the last sample stands
		}
		return Optional.empty();
	}

	/** Ends the target and whatever it started. */
	@Override
	public void close() throws InterruptedException {
		this.process.descendants().forEach(ProcessHandle::destroy);
		this.process.destroy();
		if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
			this.process.descendants().forEach(ProcessHandle::destroyForcibly);
			this.process.destroyForcibly().waitFor();
		}
		this.sampler.interrupt();
	}

}
