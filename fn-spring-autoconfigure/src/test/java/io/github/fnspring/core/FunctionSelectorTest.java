package io.github.fnspring.core;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class FunctionSelectorTest {

	private final ExportedFunctions exported = new ExportedFunctions(
			Map.of("orders", "orderFunction", "audit", "auditConsumer", "upper", "uppercase"));

	@Test
	void pinnedFunctionWinsOverEverything() {
		FunctionSelector selector = new FunctionSelector(this.exported, "orders", "audit", "upper", false);
		assertThat(selector.select("audit")).isEqualTo("orderFunction");
	}

	@Test
	void pinnedCompositionOfExportedNamesIsTranslatedToBeans() {
		FunctionSelector selector = new FunctionSelector(this.exported, "upper|orders", null, null, false);
		assertThat(selector.defaultDefinition()).isEqualTo("uppercase|orderFunction");
	}

	@Test
	void requestedNameMatchingAnExportedNameIsChosenPerRequest() {
		FunctionSelector selector = new FunctionSelector(this.exported, null, null, "upper", false);
		assertThat(selector.select("audit")).isEqualTo("auditConsumer");
		assertThat(selector.select(null)).isEqualTo("upper");
	}

	@Test
	void aRequestNamesOneExportedFunctionNeverAComposition() {
		FunctionSelector cloud = new FunctionSelector(this.exported, null, null, "upper", false);
		assertThat(cloud.select("upper|orders")).isEqualTo("upper");
		FunctionSelector local = new FunctionSelector(this.exported, null, null, "upper", true);
		assertThatExceptionOfType(UnknownFunctionException.class).isThrownBy(() -> local.select("upper|orders"));
	}

	@Test
	void platformNameAtStartupBeatsTheCatalogDefinition() {
		FunctionSelector selector = new FunctionSelector(this.exported, null, "orders", "upper", false);
		assertThat(selector.defaultDefinition()).isEqualTo("orderFunction");
	}

	@Test
	void unmatchedCloudNameFallsBackButAnUnmatchedLocalNameIsAnError() {
		assertThat(new FunctionSelector(this.exported, null, "cloud-fn", "upper", false).select("cloud-fn"))
			.isEqualTo("upper");
		FunctionSelector local = new FunctionSelector(this.exported, null, null, "upper", true);
		assertThatExceptionOfType(UnknownFunctionException.class).isThrownBy(() -> local.select("typo"))
			.withMessageContaining("[audit, orders, upper]");
	}

	@Test
	void noExportedFunctionFailsWithAHint() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new FunctionSelector(new ExportedFunctions(Map.of()), null, null, null, false))
			.withMessageContaining("@ServerlessFunction");
	}

	@Test
	void aWebApplicationMayExportNoFunctionAndRefusesEventsThatNeedOne() {
		FunctionSelector selector = new FunctionSelector(new ExportedFunctions(Map.of()), null, "web-app", null, false,
				true);
		assertThat(selector.hasDefault()).isFalse();
		assertThatExceptionOfType(UnknownFunctionException.class).isThrownBy(() -> selector.select(null))
			.withMessageContaining("No function is exported");
	}

	@Test
	void aWebApplicationWithSeveralFunctionsAndNoneChosenStartsInACloud() {
		FunctionSelector selector = new FunctionSelector(this.exported, null, "web-app", null, false, true);
		assertThat(selector.hasDefault()).isFalse();
		assertThat(selector.select("orders")).isEqualTo(this.exported.definitionOf("orders").orElseThrow());
	}

}
