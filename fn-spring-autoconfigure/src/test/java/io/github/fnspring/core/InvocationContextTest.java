package io.github.fnspring.core;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import io.github.fnspring.FnCredentials;
import io.github.fnspring.Vendor;

import static org.assertj.core.api.Assertions.assertThat;

class InvocationContextTest {

	private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T00:00:00Z"));

	private final InstantSource clock = this.now::get;

	@Test
	void remainingTimeCountsDownFromTheDeadlineAndNeverGoesNegative() {
		InvocationContext context = InvocationContext.builder(Vendor.ALIYUN)
			.requestId("r")
			.clock(this.clock)
			.timeout(Duration.ofSeconds(10))
			.build();
		assertThat(context.remainingTime()).isEqualTo(Duration.ofSeconds(10));
		this.now.set(this.now.get().plusSeconds(4));
		assertThat(context.remainingTime()).isEqualTo(Duration.ofSeconds(6));
		this.now.set(this.now.get().plusSeconds(60));
		assertThat(context.remainingTime()).isZero();
	}

	@Test
	void toStringShowsNoCredentials() {
		InvocationContext context = InvocationContext.builder(Vendor.ALIYUN)
			.requestId("r")
			.credentials(new FnCredentials("AKID1234", "SECRET", "TOKEN"))
			.build();
		assertThat(context.toString()).contains("r").doesNotContain("SECRET").doesNotContain("TOKEN").doesNotContain("AKID");
	}

	@Test
	void userDataAndOptionalFields() {
		InvocationContext context = InvocationContext.builder(Vendor.LOCAL)
			.requestId("r")
			.region("")
			.userData(Map.of("TABLE", "orders")::get)
			.build();
		assertThat(context.userData("TABLE")).contains("orders");
		assertThat(context.userData("MISSING")).isEmpty();
		assertThat(context.region()).isEmpty();
		assertThat(context.accountId()).isEmpty();
		assertThat(context.unwrap(InvocationContext.class)).containsSame(context);
		assertThat(context.unwrap(String.class)).isEmpty();
	}

}
