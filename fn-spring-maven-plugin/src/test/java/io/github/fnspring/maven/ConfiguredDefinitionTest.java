package io.github.fnspring.maven;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** An application that names its function in its configuration is not refused for exporting none. */
class ConfiguredDefinitionTest {

	@Test
	void aPropertiesFileOrYamlThatSetsTheDefinitionCounts(@TempDir Path classes) throws Exception {
		assertThat(ConfiguredDefinition.isSet(classes)).isFalse();
		Files.writeString(classes.resolve("application.properties"), "server.port=1\n");
		assertThat(ConfiguredDefinition.isSet(classes)).isFalse();
		Files.writeString(classes.resolve("application.properties"), "spring.cloud.function.definition=uppercase\n");
		assertThat(ConfiguredDefinition.isSet(classes)).isTrue();
	}

	@Test
	void nestedYamlCounts(@TempDir Path classes) throws Exception {
		Files.writeString(classes.resolve("application.yml"),
				"spring:\n  cloud:\n    function:\n      definition: uppercase\n");
		assertThat(ConfiguredDefinition.isSet(classes)).isTrue();
	}

}
