package io.github.fnspring.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

import static org.assertj.core.api.Assertions.assertThat;

/** What every bootstrap package must hold, checked on the unpacked package. */
final class PackageLayout {

	private PackageLayout() {
	}

	/**
	 * Executable scripts with Unix line endings, an {@code app.jar} a plain JVM starts with
	 * the dependencies under {@code lib/} (no nested jars), and Spring AOT switched on inside.
	 */
	static void assertBootstrapPackage(Path dir, String... scripts) throws IOException {
		for (String script : scripts) {
			Path path = dir.resolve(script);
			assertThat(Files.getPosixFilePermissions(path)).as(script)
				.contains(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
						PosixFilePermission.OTHERS_EXECUTE);
			assertThat(Files.readString(path)).as(script).startsWith("#!/bin/bash\n").doesNotContain("\r");
		}
		try (JarFile app = new JarFile(dir.resolve("app.jar").toFile())) {
			Attributes manifest = app.getManifest().getMainAttributes();
			assertThat(manifest.getValue(Attributes.Name.MAIN_CLASS)).isEqualTo(DemoApplication.class.getName());
			for (String entry : manifest.getValue(Attributes.Name.CLASS_PATH).split(" ")) {
				assertThat(dir.resolve(entry)).as("Class-Path entry").isRegularFile();
			}
			assertAotSwitchedOn(app);
		}
		assertThat(dir.resolve("lib")).isDirectoryContaining((path) -> path.getFileName().toString().startsWith("fn-spring-autoconfigure-"));
		try (JarFile app = new JarFile(dir.resolve("app.jar").toFile())) {
			assertThat(app.stream().map(ZipEntry::getName)).noneMatch((name) -> name.startsWith("BOOT-INF/"));
		}
	}

	/**
	 * {@code app.jar} holds the list of classes the application preloads as it starts, made by
	 * the build's training run of this very package: the application's classes, the
	 * platform's own and those only a first invocation loads.
	 */
	static void assertClassList(Path dir, String platformClass) throws IOException {
		try (JarFile app = new JarFile(dir.resolve("app.jar").toFile())) {
			ZipEntry list = app.getEntry("META-INF/fn-spring/preload-classes.txt");
			assertThat(list).as("class list").isNotNull();
			assertThat(new String(app.getInputStream(list).readAllBytes(), StandardCharsets.UTF_8).lines())
				.contains(DemoApplication.class.getName(), platformClass, "io.github.fnspring.core.FunctionResult")
				.doesNotHaveDuplicates();
		}
	}

	/** {@code spring.properties} turns AOT on, and the generated initializer is there to use. */
	static void assertAotSwitchedOn(JarFile app) throws IOException {
		ZipEntry properties = app.getEntry("spring.properties");
		assertThat(properties).as("spring.properties").isNotNull();
		assertThat(new String(app.getInputStream(properties).readAllBytes())).contains("spring.aot.enabled=true");
		assertThat(app.getEntry(DemoApplication.class.getName().replace('.', '/') + "__ApplicationContextInitializer.class"))
			.as("AOT-generated initializer")
			.isNotNull();
	}

}
