package io.github.fnspring.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * The application jar of a package: the project's classes with that package's AOT output laid
 * over them, a manifest a plain JVM starts ({@code Main-Class}, {@code Class-Path} naming the
 * dependency jars in a fixed order, which class-data sharing needs), and {@code Start-Class} for
 * FunctionGraph's built-in runtime.
 */
final class ApplicationJar {

	/**
	 * Switches Spring AOT on from inside the jar: read by {@code SpringProperties} from the
	 * class path root, because platforms such as FunctionGraph's built-in runtime take no JVM
	 * flags.
	 */
	static final String SPRING_PROPERTIES = "spring.properties";

	private final String mainClass;

	private final FileTime entryTime;

	ApplicationJar(String mainClass, FileTime entryTime) {
		this.mainClass = mainClass;
		this.entryTime = entryTime;
	}

	/**
	 * Writes the jar.
	 * @param classDirectories directories of classes and resources; for an entry present in
	 * several, the first wins
	 * @param classPath the manifest's {@code Class-Path} entries, or empty for none
	 * @param aot whether to switch Spring AOT on
	 * @param generated entries the build made, by name; they win over the class directories'
	 */
	void write(Path jar, List<Path> classDirectories, List<String> classPath, boolean aot,
			Map<String, byte[]> generated) throws IOException {
		Files.createDirectories(jar.getParent());
		Set<String> written = new HashSet<>();
		try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest(classPath))) {
			written.add("META-INF/MANIFEST.MF");
			if (aot) {
				put(out, SPRING_PROPERTIES, "spring.aot.enabled=true\n".getBytes(StandardCharsets.UTF_8));
				written.add(SPRING_PROPERTIES);
			}
			for (Map.Entry<String, byte[]> entry : new TreeMap<>(generated).entrySet()) {
				if (written.add(entry.getKey())) {
					ensureParents(out, entry.getKey(), written);
					put(out, entry.getKey(), entry.getValue());
				}
			}
			for (Path directory : classDirectories) {
				if (Files.isDirectory(directory)) {
					addDirectory(out, directory, written);
				}
			}
		}
	}

	private Manifest manifest(List<String> classPath) {
		Manifest manifest = new Manifest();
		Attributes attributes = manifest.getMainAttributes();
		attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
		attributes.put(Attributes.Name.MAIN_CLASS, this.mainClass);
		attributes.putValue("Start-Class", this.mainClass);
		if (!classPath.isEmpty()) {
			attributes.put(Attributes.Name.CLASS_PATH, String.join(" ", classPath));
		}
		return manifest;
	}

	private void addDirectory(JarOutputStream out, Path directory, Set<String> written) throws IOException {
		try (Stream<Path> walk = Files.walk(directory)) {
			for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
				String name = directory.relativize(file).toString().replace('\\', '/');
				if (written.add(name)) {
					ensureParents(out, name, written);
					put(out, name, Files.readAllBytes(file));
				}
			}
		}
	}

	private void ensureParents(JarOutputStream out, String name, Set<String> written) throws IOException {
		int slash = name.indexOf('/');
		while (slash > 0) {
			String parent = name.substring(0, slash + 1);
			if (written.add(parent)) {
				JarEntry entry = new JarEntry(parent);
				entry.setLastModifiedTime(this.entryTime);
				out.putNextEntry(entry);
				out.closeEntry();
			}
			slash = name.indexOf('/', slash + 1);
		}
	}

	private void put(JarOutputStream out, String name, byte[] content) throws IOException {
		JarEntry entry = new JarEntry(name);
		entry.setLastModifiedTime(this.entryTime);
		out.putNextEntry(entry);
		out.write(content);
		out.closeEntry();
	}

}
