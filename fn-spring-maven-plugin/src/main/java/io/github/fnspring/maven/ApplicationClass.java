package io.github.fnspring.maven;

import java.io.IOException;
import java.nio.file.Path;

import org.springframework.boot.loader.tools.MainClassFinder;

/** The project's {@code @SpringBootApplication} class: the one configured, else the only one compiled. */
final class ApplicationClass {

	private static final String SPRING_BOOT_APPLICATION = "org.springframework.boot.autoconfigure.SpringBootApplication";

	private ApplicationClass() {
	}

	/**
	 * @param configured the plugin's {@code mainClass} ({@code start-class}), if set
	 * @param classes the project's compiled classes
	 */
	static String of(String configured, Path classes) throws IOException {
		if (configured != null && !configured.isBlank()) {
			return configured;
		}
		String found = MainClassFinder.findSingleMainClass(classes.toFile(), SPRING_BOOT_APPLICATION);
		if (found == null) {
			throw new IllegalStateException("No @SpringBootApplication main class in " + classes
					+ "; set the plugin's mainClass or the start-class property");
		}
		return found;
	}

}
