package io.github.fnspring.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Measures cold start, process start to the first good answer to the order event, of each
 * built package started as its cloud starts it, against two baselines in the same run: the
 * floor ({@link FloorMain}) and Spring Cloud Function's AWS adapter. Targets are run
 * interleaved, so drift in machine load hits all alike, after one untimed warm-up round
 * that brings every file into the page cache.
 *
 * <p>Arguments, as {@code name=value}: {@code runs} (default 10), {@code work} (a directory
 * for logs), {@code floor-classpath}, {@code aws-jar}, {@code huawei-runtime-classpath} (this
 * module's classes and the FunctionGraph runtime stand-in), {@code tuned-flags} (default
 * {@value #TUNED_FLAGS}), and the unpacked package directories {@code aliyun},
 * {@code aliyun-bundled} (built with {@code bundledRuntime}),
 * {@code aliyun-bundled-java25} (built with a Java 25 {@code bundledRuntime}), {@code tencent},
 * {@code huawei-custom} and {@code huawei}, and the demo's {@code aliyun.zip} changed for
 * each of {@link #LEVERS_NOT_SHIPPED} ({@code aliyun-no-task-executor},
 * {@code aliyun-one-json-mapper}), each left empty when that package was not built. Prints a Markdown table; any failed or hung run aborts it.
 */
public final class ColdStart {

	/**
	 * Start-up levers measured against the package as built, each by a variant of the demo
	 * that {@code cold-start.sh} builds: Spring Boot's task executor excluded, and Spring Cloud
	 * Function's JSON mapper replaced by one wrapping Spring Boot's.
	 */
	static final List<String> LEVERS_NOT_SHIPPED = List.of("no-task-executor", "one-json-mapper");

	/** What the packages' start scripts use: the baselines run with these and with defaults. */
	static final String TUNED_FLAGS = "-XX:+UseSerialGC -XX:TieredStopAtLevel=1";

	private ColdStart() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = options(args);
		int runs = Integer.parseInt(options.getOrDefault("runs", "10"));
		Path work = Path.of(required(options, "work"));
		Path event = Files.write(work.resolve("order-event.json"), OrderEvent.JSON);
		List<String> tuned = Arrays.asList(options.getOrDefault("tuned-flags", TUNED_FLAGS).split(" +"));
		String floorClasspath = required(options, "floor-classpath");
		String awsJar = required(options, "aws-jar");
		Target floor = Targets.floor(tuned, floorClasspath, event);
		Target awsAdapter = Targets.awsAdapter(tuned, awsJar, event);
		List<Target> targets = new ArrayList<>(List.of(Targets.floor(List.of(), floorClasspath, event), floor,
				Targets.awsAdapter(List.of(), awsJar, event), awsAdapter));
		List<String> notBuilt = new ArrayList<>();
		packageDir(options, "aliyun", notBuilt).ifPresent((dir) -> {
			targets.add(Targets.aliyun(dir));
			targets.add(Targets.aliyunWithoutPreloading(dir));
		});
		for (String lever : LEVERS_NOT_SHIPPED) {
			packageDir(options, "aliyun-" + lever, notBuilt).map((dir) -> Targets.aliyunLever(lever, dir))
				.ifPresent(targets::add);
		}
		packageDir(options, "aliyun-bundled", notBuilt).ifPresent((dir) -> {
			targets.add(Targets.aliyunBundled(dir));
			targets.add(Targets.aliyunBundledFullTiers(dir));
		});
		packageDir(options, "aliyun-bundled-java25", notBuilt).ifPresent((dir) -> {
			targets.add(Targets.floorOn(dir.resolve("runtime"), "the bundled Java 25", tuned, floorClasspath, event));
			targets.add(Targets.aliyunBundledJava25(dir));
		});
		packageDir(options, "tencent", notBuilt).map(Targets::tencent).ifPresent(targets::add);
		packageDir(options, "huawei-custom", notBuilt).map(Targets::huaweiCustom).ifPresent(targets::add);
		packageDir(options, "huawei", notBuilt).ifPresent((dir) -> {
			String runtimeClasspath = required(options, "huawei-runtime-classpath");
			targets.add(Targets.huaweiBuiltIn(List.of(), runtimeClasspath, dir, event));
			targets.add(Targets.huaweiBuiltIn(tuned, runtimeClasspath, dir, event));
			targets.add(Targets.huaweiBuiltIn(OpenYuanrongOptions.JAVA17_128MB, runtimeClasspath, dir, event));
		});
		ResultTable table = new ResultTable();
		try {
			measure(targets, runs, work.resolve("logs"), table);
		}
		catch (ColdStartFailure ex) {
			System.err.println("Cold-start benchmark aborted: " + ex.getMessage());
			System.exit(1);
		}
		System.out.printf("%d interleaved runs of each target after one warm-up round. Ratios are to the baselines "
				+ "with `%s`; the packages run with the JVM flags their start scripts set.%n%n", runs,
				String.join(" ", tuned));
		table.print(System.out, floor, awsAdapter);
		if (!notBuilt.isEmpty()) {
			System.out.printf("%nNot measured, as not built: %s.%n", String.join(", ", notBuilt));
		}
	}

	private static void measure(List<Target> targets, int runs, Path logs, ResultTable table) throws Exception {
		Files.createDirectories(logs);
		for (int run = 0; run <= runs; run++) {
			String label = (run == 0) ? "warm-up" : "run " + run + "/" + runs;
			for (int index = 0; index < targets.size(); index++) {
				Target target = targets.get(index);
				Path log = logs.resolve(String.format("%02d-%s.log", index, label.replaceAll("\\W", "-")));
				Sample sample = target.run(log);
				System.err.printf("%s: %s (%s): %.0f ms, %.0f MB%n", label, target.name(), target.jvmFlags(),
						sample.millis(), sample.peakRssKb() / 1024.0);
				if (run > 0) {
					table.add(target, sample);
				}
			}
		}
	}

	private static Optional<Path> packageDir(Map<String, String> options, String name, List<String> notBuilt) {
		String dir = options.getOrDefault(name, "");
		if (dir.isEmpty()) {
			notBuilt.add(name);
			return Optional.empty();
		}
		return Optional.of(Path.of(dir));
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (String arg : args) {
			int equals = arg.indexOf('=');
			if (equals < 0) {
				throw new IllegalArgumentException("Expected name=value, got '" + arg + "'");
			}
			options.put(arg.substring(0, equals), arg.substring(equals + 1));
		}
		return options;
	}

	private static String required(Map<String, String> options, String name) {
		String value = options.get(name);
		if (value == null || value.isEmpty()) {
			throw new IllegalArgumentException("Missing " + name + "=...");
		}
		return value;
	}

}
