package io.github.fnspring.core;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** FC's Jaeger-form tracing context, and callers' traceparents, as W3C traceparents; anything else is none. */
class TraceParentsTest {

	@Test
	void fcsJaegerContextBecomesAPaddedTraceparentWithItsSampledFlag() {
		assertThat(TraceParents.fromJaeger("124ed43254b54966:124ed43254b54966:0:1"))
			.isEqualTo("00-0000000000000000124ed43254b54966-124ed43254b54966-01");
		assertThat(TraceParents.fromJaeger("ABC:def:0:0")).isEqualTo("00-00000000000000000000000000000abc-0000000000000def-00");
		assertThat(TraceParents.fromJaeger("0123456789abcdef0123456789abcdef:0123456789abcdef:0:3"))
			.isEqualTo("00-0123456789abcdef0123456789abcdef-0123456789abcdef-01");
	}

	@Test
	void emptyMalformedOrAllZeroContextsAreNone() {
		assertThat(TraceParents.fromJaeger(null)).isNull();
		assertThat(TraceParents.fromJaeger("")).isNull();
		assertThat(TraceParents.fromJaeger("not:a:trace")).isNull();
		assertThat(TraceParents.fromJaeger("0:1:0:1")).as("all-zero trace id").isNull();
		assertThat(TraceParents.fromJaeger("1:0:0:1")).as("all-zero span id").isNull();
		assertThat(TraceParents.fromJaeger("g24ed43254b54966:124ed43254b54966:0:1")).isNull();
		assertThat(TraceParents.fromJaeger("1".repeat(100))).isNull();
	}

	@Test
	void aCallersTraceparentIsKeptWhenWellFormed() {
		assertThat(TraceParents.valid("00-4BF92F3577B34DA6A3CE929D0E0E4736-00F067AA0BA902B7-01"))
			.isEqualTo("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
		assertThat(TraceParents.valid("01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")).isNull();
		assertThat(TraceParents.valid("00-00000000000000000000000000000000-00f067aa0ba902b7-01")).isNull();
		assertThat(TraceParents.valid("00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01")).isNull();
		assertThat(TraceParents.valid("garbage")).isNull();
		assertThat(TraceParents.traceId("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"))
			.isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
	}

}
