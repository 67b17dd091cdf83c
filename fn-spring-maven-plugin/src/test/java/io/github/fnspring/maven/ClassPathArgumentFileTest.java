package io.github.fnspring.maven;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ClassPathArgumentFileTest {

	@TempDir
	Path directory;

	@Test
	void backslashesAndQuotesAreEscapedInsideTheQuotes() {
		assertThat(ClassPathArgumentFile.content(List.of("C:\\Users\\ann\\lib\\a \"b\".jar")))
			.isEqualTo("-cp\n\"C:\\\\Users\\\\ann\\\\lib\\\\a \\\"b\\\".jar\"\n");
	}

	@Test
	void javaReadsTheClassPathFromTheFileSpacesAndAll() throws Exception {
		List<String> classPath = List.of(this.directory.resolve("with space").toString(),
				this.directory.resolve("plain.jar").toString());
		String argument = ClassPathArgumentFile.write(this.directory.resolve("args/classpath"), classPath);
		Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), argument,
				"-XshowSettings:properties", "-version")
			.redirectErrorStream(true)
			.start();
		String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(java.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(argument).startsWith("@");
		// the JVM prints a path's elements one per line
		assertThat(output).contains("java.class.path = " + this.directory.resolve("with space") + System.lineSeparator())
			.contains(this.directory.resolve("plain.jar").toString());
	}

}
