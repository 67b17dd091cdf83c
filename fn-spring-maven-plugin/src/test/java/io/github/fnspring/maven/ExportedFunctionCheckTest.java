package io.github.fnspring.maven;

import java.util.List;

import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

import io.github.fnspring.maven.clashing.ClashingFunctions;
import io.github.fnspring.maven.fixtures.FixtureFunctions;

import static io.github.fnspring.maven.ExportedFunctionScannerTest.classesOf;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The build refuses, in the application's words, what the application would refuse at start:
 * the scanner's findings from compiled fixture classes go through the check as the goal runs it.
 */
class ExportedFunctionCheckTest {

	private final ExportedFunctionScanner scanner = new ExportedFunctionScanner(getClass().getClassLoader());

	@Test
	void twoBeansExportedUnderOneNameFailTheBuildAsTheyFailTheStart() throws Exception {
		List<ExportedFunction> found = this.scanner.scan(classesOf(ClashingFunctions.class));
		assertThatExceptionOfType(MojoFailureException.class)
			.isThrownBy(() -> ExportedFunctionCheck.check(found, false, false))
			.withMessageStartingWith("Beans 'first' and 'second' are both exported as function 'same'."
					+ " Give one of them another name with @ServerlessFunction(\"...\").")
			.withMessageContaining("<functions>");
	}

	@Test
	void twoBeansExportedUnderOneNameFailEvenWhereNoFunctionIsRequired() throws Exception {
		List<ExportedFunction> found = this.scanner.scan(classesOf(ClashingFunctions.class));
		assertThatExceptionOfType(MojoFailureException.class)
			.isThrownBy(() -> ExportedFunctionCheck.check(found, true, true))
			.withMessageContaining("are both exported as function 'same'");
	}

	@Test
	void noExportedFunctionFailsTheBuildOfAnApplicationWithoutWebServer() {
		assertThatExceptionOfType(MojoFailureException.class)
			.isThrownBy(() -> ExportedFunctionCheck.check(List.of(), false, false))
			.withMessageStartingWith("No function is exported: no Function, Consumer or Supplier bean is annotated"
					+ " with @ServerlessFunction. Annotate a Function, Consumer or Supplier bean with"
					+ " @ServerlessFunction, or set spring.cloud.function.definition.")
			.withMessageContaining("<allowNoExportedFunction>true</allowNoExportedFunction>");
	}

	@Test
	void aWebApplicationMayExportNoFunction() {
		assertThatCode(() -> ExportedFunctionCheck.check(List.of(), true, false)).doesNotThrowAnyException();
	}

	@Test
	void allowNoExportedFunctionLetsAnApplicationWithoutWebServerExportNone() {
		assertThatCode(() -> ExportedFunctionCheck.check(List.of(), false, true)).doesNotThrowAnyException();
	}

	@Test
	void distinctlyNamedFunctionsPass() throws Exception {
		List<ExportedFunction> found = this.scanner.scan(classesOf(FixtureFunctions.class));
		assertThatCode(() -> ExportedFunctionCheck.check(found, false, false)).doesNotThrowAnyException();
	}

}
