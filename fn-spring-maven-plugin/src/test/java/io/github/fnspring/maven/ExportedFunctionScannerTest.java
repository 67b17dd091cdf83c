package io.github.fnspring.maven;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.github.fnspring.maven.fixtures.FixtureFunctions;

import static org.assertj.core.api.Assertions.assertThat;

class ExportedFunctionScannerTest {

	private final ExportedFunctionScanner scanner = new ExportedFunctionScanner(getClass().getClassLoader());

	@Test
	void findsAnnotatedBeanMethodsAndComponentsByTheirExportedNames() throws Exception {
		Path fixtures = Path.of(FixtureFunctions.class.getProtectionDomain().getCodeSource().getLocation().toURI())
			.resolve("io/github/fnspring/maven/fixtures");
		assertThat(this.scanner.scan(fixtures)).containsExactly("clock", "greeter", "order", "uppercase", "whoAmIFunction");
	}

	@Test
	void noClassesMeansNoFunctions() throws Exception {
		assertThat(this.scanner.scan(Path.of("does-not-exist"))).isEmpty();
	}

}
