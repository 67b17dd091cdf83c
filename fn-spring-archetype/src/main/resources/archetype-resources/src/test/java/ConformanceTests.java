package ${package};

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import io.github.fnspring.core.InvalidInputException;
import io.github.fnspring.test.FnConformance;

/** The order function answers the same on every transport of every cloud. */
class ConformanceTests {

	@TestFactory
	Stream<DynamicTest> orderIsTheSameOnEveryCloud() {
		return FnConformance.of(Application.class)
			.function("order")
			.event("{\"orderId\":\"o-1\",\"sku\":\"tea\",\"quantity\":3,\"unitPrice\":2.5}")
			.expectJson("{\"orderId\":\"o-1\",\"total\":7.5,\"status\":\"ACCEPTED\"}")
			.tests();
	}

	@TestFactory
	Stream<DynamicTest> badInputIsRejectedOnEveryCloud() {
		return FnConformance.of(Application.class)
			.function("order")
			.event("{\"orderId\": [")
			.expectError(InvalidInputException.class)
			.tests();
	}

}
