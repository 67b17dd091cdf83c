package io.github.fnspring.test;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;

import io.github.fnspring.core.InvalidInputException;
import io.github.fnspring.core.UnknownFunctionException;
import io.github.fnspring.test.app.KitTestApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** A user's function proven on every transport of every cloud, and a conformance test that fails when it should. */
class FnConformanceTest {

	@TestFactory
	Stream<DynamicTest> aJsonFunctionConformsWithNumbersComparedByValue() {
		return FnConformance.of(KitTestApplication.class)
			.function("order")
			.event("{\"orderId\":\"o-7\",\"quantity\":2,\"unitPrice\":9.5}")
			.expectJson("{\"orderId\":\"o-7\",\"total\":19}")
			.tests();
	}

	@TestFactory
	Stream<DynamicTest> aTextFunctionConforms() {
		return FnConformance.of(KitTestApplication.class).function("uppercase").event("hello").expectText("HELLO")
			.tests();
	}

	@TestFactory
	Stream<DynamicTest> aThrowingFunctionIsReportedAsItsTypeOrASupertype() {
		return FnConformance.of(KitTestApplication.class).function("fail").event("x")
			.expectError(RuntimeException.class)
			.tests();
	}

	@TestFactory
	Stream<DynamicTest> badInputIsRejectedOnEveryCloud() {
		return FnConformance.of(KitTestApplication.class).function("order").event("{\"orderId\": [")
			.expectError(InvalidInputException.class)
			.tests();
	}

	@TestFactory
	Stream<DynamicTest> aMissingFunctionIsReportedOnEveryCloud() {
		return FnConformance.of(KitTestApplication.class).function("absent").event("{}")
			.expectError(UnknownFunctionException.class)
			.tests();
	}

	@Test
	void everyTransportIsCheckedAndAnyDifferenceFails() {
		try (Stream<DynamicTest> stream = FnConformance.of(KitTestApplication.class)
			.function("order")
			.event("{\"orderId\":\"o-7\",\"quantity\":2,\"unitPrice\":9.5}")
			.expectJson("{\"orderId\":\"o-7\",\"total\":19.01}")
			.tests()) {
			List<DynamicTest> tests = stream.toList();
			assertThat(tests).hasSize(FnTestTransport.values().length);
			for (DynamicTest test : tests) {
				assertThatExceptionOfType(AssertionFailedError.class).isThrownBy(() -> test.getExecutable().execute())
					.withMessageContaining("answered other JSON");
			}
		}
	}

	@Test
	void anExpectedErrorThatDidNotHappenFails() {
		try (Stream<DynamicTest> tests = FnConformance.of(KitTestApplication.class).function("uppercase")
			.event("x")
			.expectError(IllegalStateException.class)
			.only(FnTestTransport.SCF_CUSTOM_RUNTIME, FnTestTransport.FG_BUILT_IN_RUNTIME)
			.tests()) {
			tests.forEach((test) -> assertThatExceptionOfType(AssertionFailedError.class)
				.isThrownBy(() -> test.getExecutable().execute())
				.withMessageContaining("answered instead of failing"));
		}
	}

	@Test
	void anIncompleteConformanceSaysWhatIsMissing() {
		assertThatIllegalStateException()
			.isThrownBy(() -> FnConformance.of(KitTestApplication.class).function("order").tests())
			.withMessageContaining("event(json)");
	}

}
