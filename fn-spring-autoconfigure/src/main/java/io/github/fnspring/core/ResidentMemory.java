package io.github.fnspring.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The process's resident memory: what the platforms report as an instance's memory used. Read
 * from {@code /proc/self/status} on Linux; elsewhere the JVM's heap in use, which is less.
 */
public final class ResidentMemory {

	private static final Path STATUS = Path.of("/proc/self/status");

	private ResidentMemory() {
	}

	/** Megabytes, rounded up. */
	public static long megabytes() {
		try {
			List<String> lines = Files.readAllLines(STATUS);
			for (String line : lines) {
				if (line.startsWith("VmRSS:")) {
					long kilobytes = Long.parseLong(line.substring("VmRSS:".length()).replace("kB", "").strip());
					return (kilobytes + 1023) / 1024;
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// not Linux, or a /proc without VmRSS: fall back to the heap
		}
		Runtime runtime = Runtime.getRuntime();
		return (runtime.totalMemory() - runtime.freeMemory() + (1 << 20) - 1) >> 20;
	}

}
