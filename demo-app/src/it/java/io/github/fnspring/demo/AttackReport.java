package io.github.fnspring.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;

/**
 * The Markdown table {@link AttackIT} writes its figures to: a header when the run starts,
 * then one row per scenario, written before the scenario's assertions so that a failing
 * scenario still leaves its figures.
 */
final class AttackReport {

	static final Path FILE = Path.of("target", "attack-report.md");

	private AttackReport() {
	}

	/** Starts a new report for this run. */
	static synchronized void begin(String scale) {
		String header = "# fn-spring attack suite\n\n" + "Scale `" + scale + "`, " + LocalDate.now() + ", "
				+ Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
				+ ", " + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ".\n\n"
				+ "| scenario | package | sent | figures | outcome |\n" + "|---|---|---|---|---|\n";
		write(header, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
	}

	/** Appends one scenario's row. */
	static synchronized void row(String scenario, String pack, String sent, String figures, String outcome) {
		String row = "| " + cell(scenario) + " | " + cell(pack) + " | " + cell(sent) + " | " + cell(figures) + " | "
				+ cell(outcome) + " |\n";
		write(row, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
	}

	/** A table cell: pipes escaped, one line, not endless. */
	static String cell(String text) {
		String flat = text.replace("\r", " ").replace("\n", " ").replace("|", "\\|");
		return (flat.length() > 6000) ? flat.substring(0, 6000) + "…" : flat;
	}

	private static void write(String text, StandardOpenOption... options) {
		try {
			Files.createDirectories(FILE.getParent());
			Files.writeString(FILE, text, StandardCharsets.UTF_8, options);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
