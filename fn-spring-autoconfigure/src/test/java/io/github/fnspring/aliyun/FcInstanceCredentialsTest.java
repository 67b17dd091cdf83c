package io.github.fnspring.aliyun;

import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import com.aliyun.credentials.Client;

import io.github.fnspring.FnCredentials;
import io.github.fnspring.FnCredentialsProvider;
import io.github.fnspring.testsupport.TestApplications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Before any invocation, the instance's own credentials, or a clear error when it has none. */
class FcInstanceCredentialsTest {

	@Test
	void beforeAnyInvocationTheInstancesCredentialsCount() {
		try (ConfigurableApplicationContext context = TestApplications.start(FcTestApplication.class,
				"FC_FUNCTION_NAME=freshest", "ALIBABA_CLOUD_ACCESS_KEY_ID=AK-instance",
				"ALIBABA_CLOUD_ACCESS_KEY_SECRET=SK-instance")) {
			assertThat(context.getBean(FnCredentialsProvider.class).credentials()).map(FnCredentials::accessKeyId)
				.contains("AK-instance");
			assertThat(new Client(context.getBean(FcCredentialsProvider.class)).getCredential().getType())
				.isEqualTo("access_key");
		}
	}

	@Test
	void withoutAnyTheSdkIsToldWhatToDo() {
		try (ConfigurableApplicationContext context = TestApplications.start(FcTestApplication.class,
				"FC_FUNCTION_NAME=freshest")) {
			assertThat(context.getBean(FnCredentialsProvider.class).credentials()).isEmpty();
			assertThatExceptionOfType(RuntimeException.class)
				.isThrownBy(() -> new Client(context.getBean(FcCredentialsProvider.class)).getCredential())
				.withMessageContaining("role");
		}
	}

}
