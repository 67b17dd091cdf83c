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
		double floorMedian = median(millis(floor));
		double awsMedian = median(millis(awsAdapter));
		out.println("| target | JVM flags | first answer, median ms (min–max) | × floor | × AWS adapter "
				+ "| peak RSS, median MB (min–max) |");
		out.println("|---|---|---|---|---|---|");
		this.samples.forEach((target, runs) -> {
			double[] millis = millis(target);
			double[] rssMb = runs.stream().mapToDouble((sample) -> sample.peakRssKb() / 1024.0).toArray();
			out.printf("| %s | %s | %.0f (%.0f–%.0f) | %.2f× | %.2f× | %.0f (%.0f–%.0f) |%n", target.name(),
					target.jvmFlags(), median(millis), min(millis), max(millis), median(millis) / floorMedian,
					median(millis) / awsMedian, median(rssMb), min(rssMb), max(rssMb));
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
