package io.github.fnspring.core;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderValuesTest {

	@Test
	void thePlatformsRequestIdIsKept() {
		assertThat(HeaderValues.requestId("req-1")).isEqualTo("req-1");
	}

	@Test
	void aMissingOrBlankRequestIdIsReplacedByAFreshOne() {
		String generated = HeaderValues.requestId(null);
		assertThat(generated).matches("[0-9a-f-]{36}");
		assertThat(HeaderValues.requestId("  ")).matches("[0-9a-f-]{36}").isNotEqualTo(generated);
	}

	@Test
	void malformedOrNonPositiveNumbersFallBack() {
		assertThat(HeaderValues.positiveNumber("256", 128)).isEqualTo(256);
		assertThat(HeaderValues.positiveNumber(" 30 ", 3)).isEqualTo(30);
		assertThat(HeaderValues.positiveNumber("abc", 128)).isEqualTo(128);
		assertThat(HeaderValues.positiveNumber("0", 128)).isEqualTo(128);
		assertThat(HeaderValues.positiveNumber("-5", 128)).isEqualTo(128);
		assertThat(HeaderValues.positiveNumber(null, 128)).isEqualTo(128);
	}

}
