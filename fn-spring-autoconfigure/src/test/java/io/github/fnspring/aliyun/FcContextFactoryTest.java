package io.github.fnspring.aliyun;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

import com.sun.net.httpserver.Headers;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.StandardEnvironment;

import io.github.fnspring.FnCredentials;
import io.github.fnspring.Vendor;
import io.github.fnspring.core.InvocationContext;
import io.github.fnspring.platform.RenewableDefaults;

import static org.assertj.core.api.Assertions.assertThat;

class FcContextFactoryTest {

	private static final Instant ARRIVAL = Instant.parse("2026-03-01T10:00:00Z");

	private final FcDefaults defaults = new FcDefaults(Vendor.ALIYUN, "env-fn", "LATEST", 256, Duration.ofSeconds(60),
			"cn-hangzhou", "1234", new FnCredentials("env-ak", "env-sk", "env-token"), "bootstrap");

	private final FcContextFactory factory = new FcContextFactory(new RenewableDefaults<>(FcDefaults.class, this.defaults, new StandardEnvironment()), "x-fc-function-timeout",
			(key) -> null, InstantSource.fixed(ARRIVAL));

	@Test
	void headersWinOverTheEnvironment() {
		Headers headers = new Headers();
		headers.add("x-fc-request-id", "req-1");
		headers.add("x-fc-access-key-id", "hdr-ak");
		headers.add("x-fc-access-key-secret", "hdr-sk");
		headers.add("x-fc-function-name", "hdr-fn");
		headers.add("x-fc-function-memory", "1024");
		headers.add("x-fc-function-timeout", "7");
		headers.add("x-fc-region", "cn-beijing");
		headers.add("x-fc-account-id", "999");
		headers.add("x-fc-version-id", "3");
		InvocationContext context = this.factory.fromHttpHeaders(headers::getFirst);
		assertThat(context.requestId()).isEqualTo("req-1");
		assertThat(context.credentials()).map(FnCredentials::accessKeyId).contains("hdr-ak");
		assertThat(context.functionName()).isEqualTo("hdr-fn");
		assertThat(context.memoryLimitMb()).isEqualTo(1024);
		assertThat(context.timeout()).isEqualTo(Duration.ofSeconds(7));
		assertThat(context.deadline()).isEqualTo(ARRIVAL.plusSeconds(7));
		assertThat(context.region()).contains("cn-beijing");
		assertThat(context.accountId()).contains("999");
		assertThat(context.functionVersion()).isEqualTo("3");
	}

	@Test
	void missingHeadersFallBackToTheEnvironmentAndAGeneratedRequestId() {
		InvocationContext context = this.factory.fromHttpHeaders(new Headers()::getFirst);
		assertThat(context.requestId()).isNotBlank();
		assertThat(context.credentials()).map(FnCredentials::accessKeyId).contains("env-ak");
		assertThat(context.functionName()).isEqualTo("env-fn");
		assertThat(context.memoryLimitMb()).isEqualTo(256);
		assertThat(context.deadline()).isEqualTo(ARRIVAL.plusSeconds(60));
		assertThat(context.vendor()).isEqualTo(Vendor.ALIYUN);
	}

	@Test
	void malformedNumbersFallBack() {
		Headers headers = new Headers();
		headers.add("x-fc-function-memory", "lots");
		headers.add("x-fc-function-timeout", "-3");
		InvocationContext context = this.factory.fromHttpHeaders(headers::getFirst);
		assertThat(context.memoryLimitMb()).isEqualTo(256);
		assertThat(context.timeout()).isEqualTo(Duration.ofSeconds(60));
	}

}
