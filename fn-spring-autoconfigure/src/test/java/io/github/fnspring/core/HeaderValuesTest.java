package io.github.fnspring.core;

import java.time.Duration;
import java.time.Instant;

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
		assertThat(HeaderValues.memoryMb("256", 128)).isEqualTo(256);
		assertThat(HeaderValues.memoryMb(" 30 ", 3)).isEqualTo(30);
		assertThat(HeaderValues.memoryMb("abc", 128)).isEqualTo(128);
		assertThat(HeaderValues.memoryMb("0", 128)).isEqualTo(128);
		assertThat(HeaderValues.memoryMb("-5", 128)).isEqualTo(128);
		assertThat(HeaderValues.memoryMb(null, 128)).isEqualTo(128);
	}

	@Test
	void numbersOutOfRangeFallBackInsteadOfOverflowing() {
		Duration fallback = Duration.ofSeconds(3);
		assertThat(HeaderValues.memoryMb("4294967295", 128)).isEqualTo(128);
		assertThat(HeaderValues.memoryMb("99999999999999999999", 128)).isEqualTo(128);
		assertThat(HeaderValues.timeoutSeconds("9223372036854775807", fallback)).isEqualTo(fallback);
		assertThat(HeaderValues.timeoutSeconds("9223372036854775", fallback)).isEqualTo(fallback);
		assertThat(HeaderValues.timeoutSeconds("86400", fallback)).isEqualTo(Duration.ofDays(1));
		assertThat(HeaderValues.timeoutMillis("9223372036854775807", fallback)).isEqualTo(fallback);
		assertThat(HeaderValues.timeoutMillis("900000", fallback)).isEqualTo(Duration.ofMinutes(15));
		assertThat(HeaderValues.count("2147483648")).isEqualTo(-1);
		assertThat(HeaderValues.epochMillis("9223372036854775807", Instant.EPOCH, Duration.ofDays(1))).isNull();
	}

}
