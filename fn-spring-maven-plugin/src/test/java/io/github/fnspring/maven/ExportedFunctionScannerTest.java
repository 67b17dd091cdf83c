package io.github.fnspring.maven;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.github.fnspring.maven.clashing.ClashingFunctions;
import io.github.fnspring.maven.fixtures.FixtureFunctions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ExportedFunctionScannerTest {

	private final ExportedFunctionScanner scanner = new ExportedFunctionScanner(getClass().getClassLoader());

	@Test
	void findsAnnotatedBeanMethodsAndComponentsByTheirExportedNames() throws Exception {
		assertThat(this.scanner.scan(classesOf(FixtureFunctions.class))).extracting(ExportedFunction::name)
			.containsExactly("audit", "cleanup", "clock", "greeter", "nightly", "order", "tick", "uppercase",
					"whoAmIFunction");
	}

	@Test
	void knowsEachFunctionsBeanName() throws Exception {
		assertThat(this.scanner.scan(classesOf(FixtureFunctions.class)))
			.extracting(ExportedFunction::name, ExportedFunction::beanName)
			.contains(tuple("order", "placeOrder"), tuple("clock", "clock"), tuple("greeter", "greeter"),
					tuple("nightly", "nightlyReport"), tuple("cleanup", "cleanupFunction"));
	}

	@Test
	void marksTheConsumersOfTimerEventsDeclaredByBeanMethodOrClassOrSuperclass() throws Exception {
		assertThat(this.scanner.scan(classesOf(FixtureFunctions.class)))
			.filteredOn(ExportedFunction::consumesTimerEvents)
			.extracting(ExportedFunction::name)
			.containsExactly("cleanup", "nightly", "tick");
	}

	@Test
	void reportsEveryBeanOfAnExportedNameThatIsUsedTwice() throws Exception {
		assertThat(this.scanner.scan(classesOf(ClashingFunctions.class)))
			.extracting(ExportedFunction::name, ExportedFunction::beanName)
			.containsExactly(tuple("same", "first"), tuple("same", "second"));
	}

	@Test
	void noClassesMeansNoFunctions() throws Exception {
		assertThat(this.scanner.scan(Path.of("does-not-exist"))).isEmpty();
	}

	/** The compiled classes of one fixture package, as if they were a project's. */
	static Path classesOf(Class<?> fixture) throws Exception {
		return Path.of(fixture.getProtectionDomain().getCodeSource().getLocation().toURI())
			.resolve(fixture.getPackageName().replace('.', '/'));
	}

}
