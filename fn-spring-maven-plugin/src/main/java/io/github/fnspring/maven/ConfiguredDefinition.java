package io.github.fnspring.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Whether the application's own configuration files set {@code spring.cloud.function.definition},
 * with which it starts though it exports no function: the build must not refuse what the
 * application accepts. Read as text, the way the key is written in a properties file
 * ({@code spring.cloud.function.definition=}) or nested in YAML ({@code definition:} under
 * {@code function:}).
 */
final class ConfiguredDefinition {

	private static final List<String> FILES = List.of("application.properties", "application.yml",
			"application.yaml");

	private ConfiguredDefinition() {
	}

	static boolean isSet(Path classes) throws IOException {
		for (String name : FILES) {
			Path file = classes.resolve(name);
			if (Files.isRegularFile(file)) {
				String text = Files.readString(file);
				if (text.contains("spring.cloud.function.definition") || text.matches("(?s).*\\n\\s*definition\\s*:.*")) {
					return true;
				}
			}
		}
		return false;
	}

}
