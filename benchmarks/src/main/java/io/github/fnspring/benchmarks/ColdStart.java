package io.github.fnspring.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Measures cold start: process start to the first successful {@code POST /invoke}
 * response, and the process's peak RSS at that moment, over several runs of each target.
 *
 * <p>Usage: {@code ColdStart <runs> <classpath> [jvm flags...]}; prints one Markdown row per
 * target with medians and min-max, and the ratio to the floor measured in the same run.
 */
public final class ColdStart {

	private static final byte[] ORDER = "{\"orderId\":\"o-1\",\"sku\":\"tea\",\"quantity\":3,\"unitPrice\":2.5}"
		.getBytes(StandardCharsets.UTF_8);

	private static final long GIVE_UP_NANOS = 60_000_000_000L;

	private ColdStart() {
	}

	record Sample(double millis, long peakRssKb) {
	}

	public static void main(String[] args) throws Exception {
		int runs = Integer.parseInt(args[0]);
		String classpath = args[1];
		List<String> jvmFlags = Arrays.asList(args).subList(2, args.length);
		Map<String, String> fnSpringEnv = Map.of("FC_FUNCTION_NAME", "order", "FN_SERVER_ADDRESS", "127.0.0.1");
		List<Sample> floor = new ArrayList<>();
		List<Sample> fnSpring = new ArrayList<>();
		for (int run = 0; run < runs; run++) {
			// interleaved, so drift in machine load hits both alike
			floor.add(measure(classpath, jvmFlags, FloorServer.class.getName(), Map.of(), 19000 + run));
			fnSpring.add(measure(classpath, jvmFlags, "io.github.fnspring.demo.DemoApplication", fnSpringEnv, 19500 + run));
		}
		double floorMedian = median(floor.stream().mapToDouble(Sample::millis).toArray());
		System.out.println("| target | JVM flags | first response, median ms (min-max) | ratio to floor | peak RSS, median MB (min-max) |");
		System.out.println("|---|---|---|---|---|");
		print("floor (JDK server + Jackson)", jvmFlags, floor, floorMedian);
		print("fn-spring demo on FC protocol", jvmFlags, fnSpring, floorMedian);
	}

	private static Sample measure(String classpath, List<String> jvmFlags, String mainClass, Map<String, String> env,
			int port) throws Exception {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmFlags);
		command.add("-cp");
		command.add(classpath);
		command.add(mainClass);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD);
		builder.environment().putAll(env);
		builder.environment().put("FC_CUSTOM_LISTEN_PORT", Integer.toString(port));
		long start = System.nanoTime();
		Process process = builder.start();
		try {
			while (!answered(port)) {
				if (!process.isAlive() || System.nanoTime() - start > GIVE_UP_NANOS) {
					throw new IllegalStateException(mainClass + " did not answer on port " + port);
				}
				Thread.sleep(2);
			}
			double millis = (System.nanoTime() - start) / 1_000_000.0;
			return new Sample(millis, peakRssKb(process.pid()));
		}
		finally {
			process.destroy();
			process.waitFor();
		}
	}

	private static boolean answered(int port) {
		try {
			HttpURLConnection connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/invoke")
				.toURL()
				.openConnection();
			connection.setRequestMethod("POST");
			connection.setDoOutput(true);
			connection.setConnectTimeout(200);
			try (OutputStream out = connection.getOutputStream()) {
				out.write(ORDER);
			}
			boolean ok = connection.getResponseCode() == 200 && connection.getInputStream().readAllBytes().length > 0;
			connection.disconnect();
			return ok;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static long peakRssKb(long pid) throws IOException {
		for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
			if (line.startsWith("VmHWM:")) {
				return Long.parseLong(line.replaceAll("[^0-9]", ""));
			}
		}
		return -1;
	}

	private static void print(String target, List<String> flags, List<Sample> samples, double floorMedian) {
		double[] millis = samples.stream().mapToDouble(Sample::millis).toArray();
		double[] rssMb = samples.stream().mapToDouble((sample) -> sample.peakRssKb() / 1024.0).toArray();
		System.out.printf("| %s | `%s` | %.0f (%.0f-%.0f) | %.2fx | %.0f (%.0f-%.0f) |%n", target,
				flags.isEmpty() ? "(defaults)" : String.join(" ", flags), median(millis), min(millis), max(millis),
				median(millis) / floorMedian, median(rssMb), min(rssMb), max(rssMb));
	}

	private static double median(double[] values) {
		List<Double> sorted = new ArrayList<>();
		for (double value : values) {
			sorted.add(value);
		}
		Collections.sort(sorted);
		int middle = sorted.size() / 2;
		return (sorted.size() % 2 == 1) ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

	private static double min(double[] values) {
		return Arrays.stream(values).min().orElse(Double.NaN);
	}

	private static double max(double[] values) {
		return Arrays.stream(values).max().orElse(Double.NaN);
	}

}
