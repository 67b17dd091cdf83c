package io.github.fnspring.tencent;

import java.time.Duration;

import com.qcloud.scf.runtime.Context;
import org.junit.jupiter.api.Test;

import io.github.fnspring.Vendor;
import io.github.fnspring.core.InvocationContext;

import static org.assertj.core.api.Assertions.assertThat;

class ScfNativeContextsTest {

	private final InvocationContext context = InvocationContext.builder(Vendor.TENCENT)
		.requestId("req-scf")
		.timeout(Duration.ofSeconds(3))
		.memoryLimitMb(128)
		.nativeContexts(new ScfNativeContexts())
		.build();

	@Test
	void sdkContextCarriesTheInvocationsValues() {
		Context sdk = this.context.unwrap(Context.class).orElseThrow();
		assertThat(sdk.getRequestId()).isEqualTo("req-scf");
		assertThat(sdk.getTimeLimitInMs()).isEqualTo(3_000);
		assertThat(sdk.getMemoryLimitInMb()).isEqualTo(128);
	}

	@Test
	void otherTypesAreNotOffered() {
		assertThat(this.context.unwrap(com.aliyun.fc.runtime.Context.class)).isEmpty();
		assertThat(this.context.unwrap(Runnable.class)).isEmpty();
	}

}
