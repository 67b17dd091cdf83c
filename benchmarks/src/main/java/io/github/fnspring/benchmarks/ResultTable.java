package io.github.fnspring.benchmarks;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The cold-start samples of each target, as a Markdown table of medians, ranges and ratios. */
final class ResultTable {

	private final Map<Target, List<Sample>> samples = new LinkedHashMap<>();

	void add(Target target, Sample sample) {
		this.samples.computeIfAbsent(target, (key) -> new ArrayList<>()).add(sample);
	}

	/**
	 * Prints one row per target.
	 * @param floor the target the first ratio is to
	 * @param awsAdapter the target the second ratio is to
	 */
	void print(PrintStream out, Target floor, Target awsAdapter) {
		Map<String, Target> baselines = new LinkedHashMap<>();
		baselines.put("floor", floor);
		baselines.put("AWS adapter", awsAdapter);
		print(out, baselines);
	}

	/**
	 * Prints one row per target, with its ratio to each baseline.
	 * @param baselines the targets the ratios are to, by the name of their column
	 */
	void print(PrintStream out, Map<String, Target> baselines) {
		StringBuilder header = new StringBuilder("| target | JVM flags | first answer, median ms (min–max) |");
		StringBuilder rule = new StringBuilder("|---|---|---|");
		baselines.keySet().forEach((name) -> {
			header.append(" × ").append(name).append(" |");
			rule.append("---|");
		});
		out.println(header.append(" peak RSS, median MB (min–max) |"));
		out.println(rule.append("---|"));
		this.samples.forEach((target, runs) -> {
			double[] millis = millis(target);
			double[] rssMb = runs.stream().mapToDouble((sample) -> sample.peakRssKb() / 1024.0).toArray();
			StringBuilder row = new StringBuilder(String.format("| %s | %s | %.0f (%.0f–%.0f) |", target.name(),
					target.jvmFlags(), median(millis), min(millis), max(millis)));
			baselines.values()
				.forEach((baseline) -> row.append(String.format(" %.2f× |", median(millis) / median(millis(baseline)))));
			out.println(row.append(String.format(" %.0f (%.0f–%.0f) |", median(rssMb), min(rssMb), max(rssMb))));
		});
	}

	private double[] millis(Target target) {
		return this.samples.get(target).stream().mapToDouble(Sample::millis).toArray();
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int middle = sorted.length / 2;
		return (sorted.length % 2 == 1) ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}

	private static double min(double[] values) {
		return Arrays.stream(values).min().orElse(Double.NaN);
	}

	private static double max(double[] values) {
		return Arrays.stream(values).max().orElse(Double.NaN);
	}

}
