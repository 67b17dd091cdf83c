package io.github.fnspring.maven;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Spring AOT for one package: runs Spring Boot's {@code SpringApplicationAotProcessor} in a
 * forked JVM with the package's properties (so vendor conditions are evaluated for that cloud),
 * then compiles the generated sources. The result is a directory of classes and resources laid
 * over the project's classes in that package's application jar.
 */
final class AotBuild {

	private static final String PROCESSOR = "org.springframework.boot.SpringApplicationAotProcessor";

	private final Path javaExecutable;

	private final List<Path> classPath;

	private final String release;

	private final ProcessRunner processRunner;

	AotBuild(Path javaExecutable, List<Path> classPath, String release, ProcessRunner processRunner) {
		this.javaExecutable = javaExecutable;
		this.classPath = classPath;
		this.release = release;
		this.processRunner = processRunner;
	}

	/**
	 * Processes the application for one package into {@code workDirectory}/output.
	 * @return the directory holding the compiled classes and the generated resources
	 */
	Path process(String mainClass, Map<String, String> properties, String groupId, String artifactId,
			Path workDirectory) throws IOException {
		Path sources = workDirectory.resolve("sources");
		Path resources = workDirectory.resolve("resources");
		Path output = workDirectory.resolve("output");
		deleteRecursively(workDirectory);
		Files.createDirectories(output);
		List<String> command = new ArrayList<>();
		command.add(this.javaExecutable.toString());
		properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
		command.add(ClassPathArgumentFile.write(workDirectory.resolve("classpath.args"),
				this.classPath.stream().map(Path::toString).toList()));
		command.add(PROCESSOR);
		command.addAll(List.of(mainClass, sources.toString(), resources.toString(), output.toString(), groupId,
				artifactId));
		this.processRunner.run(command, Map.of(), workDirectory, "Spring AOT processing " + properties);
		compile(sources, output);
		copyResources(resources, output);
		return output;
	}

	private void compile(Path sources, Path output) throws IOException {
		List<String> files;
		try (Stream<Path> walk = Files.exists(sources) ? Files.walk(sources) : Stream.empty()) {
			files = walk.filter((path) -> path.toString().endsWith(".java")).map(Path::toString).toList();
		}
		if (files.isEmpty()) {
			return;
		}
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		if (compiler == null) {
			throw new IOException("Compiling Spring AOT sources needs a JDK, but Maven runs on a JRE");
		}
		List<Path> compileClassPath = new ArrayList<>(this.classPath);
		compileClassPath.add(0, output);
		List<String> arguments = new ArrayList<>(List.of("--release", this.release, "-nowarn", "-proc:none", "-encoding",
				"UTF-8", "-d", output.toString(), "-cp", joined(compileClassPath)));
		arguments.addAll(files);
		ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
		int exit = compiler.run(null, diagnostics, diagnostics, arguments.toArray(String[]::new));
		if (exit != 0) {
			throw new IOException("Compiling Spring AOT sources failed:\n"
					+ diagnostics.toString(StandardCharsets.UTF_8));
		}
	}

	/** Generated resources, except native-image hints: this is a JVM package. */
	private static void copyResources(Path resources, Path output) throws IOException {
		if (!Files.exists(resources)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(resources)) {
			for (Path file : walk.filter(Files::isRegularFile).toList()) {
				Path relative = resources.relativize(file);
				if (relative.startsWith(Path.of("META-INF", "native-image"))) {
					continue;
				}
				Path target = output.resolve(relative);
				Files.createDirectories(target.getParent());
				Files.copy(file, target);
			}
		}
	}

	private static String joined(List<Path> paths) {
		return String.join(File.pathSeparator, paths.stream().map(Path::toString).toList());
	}

	static void deleteRecursively(Path directory) throws IOException {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(directory)) {
			for (Path path : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
				Files.delete(path);
			}
		}
	}

}
