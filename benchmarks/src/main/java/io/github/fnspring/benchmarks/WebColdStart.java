package io.github.fnspring.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Cold start of Spring MVC applications on FC's custom runtime, to the first answer of a
 * controller, in one interleaved run. The baseline is a one-controller application without
 * fn-spring as a Spring Boot jar; the same application, unchanged, with fn-spring's starter
 * added, is run as fn-spring packages it: with the same JVM flags (what fn-spring adds), with
 * the package's own flags, and with a bundled Java and its class-data sharing archive or
 * ahead-of-time cache (what fn-spring's levers save). Both applications also run on a plain
 * class path with the same flags, which tells fn-spring's share from Spring Boot's jar
 * launcher's; and demo-web (controllers and a function) as a Spring Boot jar and as fn-spring's
 * package. Options as {@code key=value}: {@code runs}, {@code work} (logs), {@code boot-jar}
 * (the baseline's Spring Boot jar), {@code baseline-main}, {@code baseline-classpath},
 * {@code baseline-with-fn-spring-classpath}, {@code package}, {@code package-bundled},
 * {@code package-bundled-java25} (its unpacked FC packages; an empty value skips one),
 * {@code demo-boot-jar}, {@code demo-package}, {@code flags} (the JVM flags of the rows that
 * share them; default the packages' tuned ones).
 */
public final class WebColdStart {

	private WebColdStart() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new LinkedHashMap<>();
		for (String arg : args) {
			int equals = arg.indexOf('=');
			options.put(arg.substring(0, equals), arg.substring(equals + 1));
		}
		int runs = Integer.parseInt(options.getOrDefault("runs", "10"));
		Path work = Path.of(options.get("work"));
		List<String> flags = Arrays.asList(options.getOrDefault("flags", ColdStart.TUNED_FLAGS).split(" +"));
		String baselineMain = options.get("baseline-main");
		Target bootJar = WebTarget.bootJar("the application without fn-spring: a Spring Boot jar (`java -jar`)",
				Path.of(options.get("boot-jar")), flags);
		List<Target> targets = new ArrayList<>();
		targets.add(bootJar);
		targets.add(WebTarget.fcPackage("the same application with fn-spring: its aliyun.zip",
				Path.of(options.get("package")), flags));
		targets.add(WebTarget.fcPackage("the same application with fn-spring: its aliyun.zip",
				Path.of(options.get("package")), null));
		optionalPackage(options, "package-bundled").ifPresent((dir) -> targets
			.add(WebTarget.fcPackage("its aliyun.zip with a bundled Java 17 and a CDS archive", dir, null)));
		optionalPackage(options, "package-bundled-java25").ifPresent((dir) -> targets
			.add(WebTarget.fcPackage("its aliyun.zip with a bundled Java 25 and an AOT cache", dir, null)));
		targets.add(WebTarget.classpath("the application without fn-spring, on a plain class path",
				options.get("baseline-classpath"), baselineMain, flags));
		targets.add(WebTarget.classpath("the same application with fn-spring, on a plain class path",
				options.get("baseline-with-fn-spring-classpath"), baselineMain, flags));
		targets.add(WebTarget.bootJar("demo-web as a Spring Boot jar (`java -jar`)",
				Path.of(options.get("demo-boot-jar")), flags));
		targets.add(WebTarget.fcPackage("demo-web's aliyun.zip", Path.of(options.get("demo-package")), flags));
		ResultTable table = new ResultTable();
		Files.createDirectories(work.resolve("logs"));
		for (int run = 0; run <= runs; run++) {
			String label = (run == 0) ? "warm-up" : "run " + run + "/" + runs;
			for (int index = 0; index < targets.size(); index++) {
				Target target = targets.get(index);
				Path log = work.resolve("logs").resolve(String.format("%02d-%s.log", index, label.replaceAll("\\W", "-")));
				Sample sample = target.run(log);
				System.err.printf("%s: %s (%s): %.0f ms, %.0f MB%n", label, target.name(), target.jvmFlags(),
						sample.millis(), sample.peakRssKb() / 1024.0);
				if (run > 0) {
					table.add(target, sample);
				}
			}
		}
		System.out.printf("%d interleaved runs of each target after one warm-up round, to the first answer of "
				+ "`GET /hello`. Ratios are to the application without fn-spring as a Spring Boot jar.%n%n", runs);
		Map<String, Target> baselines = new LinkedHashMap<>();
		baselines.put("the Spring Boot jar without fn-spring", bootJar);
		table.print(System.out, baselines);
	}

	private static Optional<Path> optionalPackage(Map<String, String> options, String key) {
		String dir = options.getOrDefault(key, "");
		if (dir.isEmpty()) {
			System.err.println("Note: " + key + " was not built; it is skipped");
			return Optional.empty();
		}
		return Optional.of(Path.of(dir));
	}

}
