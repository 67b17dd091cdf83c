package io.github.fnspring.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cold start of a Spring MVC application (demo-web) on FC's custom runtime, to the first
 * answer of a controller: as a plain Spring Boot jar, and as fn-spring packages it (a plain
 * class path and Spring AOT), with the same JVM flags and with the package's own, in one
 * interleaved run; and what fn-spring adds to a web application's start: a one-controller
 * application run on a plain class path without fn-spring and with it. Options as
 * {@code key=value}: {@code runs}, {@code work} (logs), {@code boot-jar} (demo-web's Spring Boot
 * jar), {@code aliyun} (its unpacked FC package), {@code baseline-main},
 * {@code baseline-classpath}, {@code baseline-with-fn-spring-classpath}, {@code flags} (the JVM
 * flags all run with; default the packages' tuned ones).
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
		Target bootJar = WebTarget.bootJar(Path.of(options.get("boot-jar")), flags);
		Path packageDir = Path.of(options.get("aliyun"));
		String baselineMain = options.get("baseline-main");
		Target plain = WebTarget.classpath("a one-controller Spring MVC application, without fn-spring",
				options.get("baseline-classpath"), baselineMain, flags);
		List<Target> targets = List.of(plain,
				WebTarget.classpath("the same application, with fn-spring on its class path",
						options.get("baseline-with-fn-spring-classpath"), baselineMain, flags),
				bootJar, WebTarget.fcPackage("demo-web's fn-spring aliyun.zip: FC custom runtime", packageDir, flags),
				WebTarget.fcPackage("demo-web's fn-spring aliyun.zip: FC custom runtime", packageDir, null));
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
				+ "`GET /hello`. Ratios are to the application without fn-spring and to demo-web's Spring Boot jar.%n%n",
				runs);
		Map<String, Target> baselines = new LinkedHashMap<>();
		baselines.put("without fn-spring", plain);
		baselines.put("Spring Boot jar", bootJar);
		table.print(System.out, baselines);
	}

}
