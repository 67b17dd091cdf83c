package ${package};

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The functions are plain Java: no Spring, no server. */
class FunctionsTests {

	private final Application application = new Application();

	@Test
	void uppercase() {
		assertThat(this.application.uppercase().apply("hello")).isEqualTo("HELLO");
	}

	@Test
	void orderComputesTheTotal() {
		Receipt receipt = this.application.placeOrder().apply(new Order("o-1", "tea", 3, new BigDecimal("2.5")));
		assertThat(receipt.total()).isEqualByComparingTo("7.5");
		assertThat(receipt.status()).isEqualTo("ACCEPTED");
	}

}
