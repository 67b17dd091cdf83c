package io.github.fnspring.aliyun;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;

import com.aliyun.credentials.Client;
import com.aliyun.credentials.models.CredentialModel;

import io.github.fnspring.FnCredentials;
import io.github.fnspring.FnCredentialsProvider;
import io.github.fnspring.testsupport.TestApplications;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The freshest credentials FC gave, for SDK clients built once: the instance's before any
 * invocation, then the newest an invocation brought, and the invocation's own while it
 * runs; through Alibaba Cloud's credentials client too. Invocations arrive over real HTTP,
 * each with its own credentials, as on FC.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FcCredentialsProviderTest {

	private ConfigurableApplicationContext context;

	private FcClient fc;

	@BeforeAll
	void start() {
		this.context = TestApplications.start(FcTestApplication.class, "FC_FUNCTION_NAME=freshest",
				"ALIBABA_CLOUD_ACCESS_KEY_ID=AK-instance", "ALIBABA_CLOUD_ACCESS_KEY_SECRET=SK-instance",
				"ALIBABA_CLOUD_SECURITY_TOKEN=TOKEN-instance");
		this.fc = new FcClient(TestApplications.port(this.context));
	}

	@AfterAll
	void stop() {
		this.context.close();
	}

	private String invoke(String requestId) {
		HttpResponse<byte[]> response = this.fc.invoke("freshest", requestId, "x".getBytes(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).isEqualTo(200);
		return new String(response.body(), StandardCharsets.UTF_8);
	}

	@Test
	void aRunningInvocationKeepsItsOwnWhileNewerOnesArrive() throws Exception {
		FcTestApplication.later = new CountDownLatch(1);
		FcTestApplication.laterStarted = new CountDownLatch(1);
		CompletableFuture<HttpResponse<byte[]>> running = CompletableFuture.supplyAsync(() -> this.fc
			.invoke("freshestLater", "req-running", "x".getBytes(StandardCharsets.UTF_8)));
		assertThat(FcTestApplication.laterStarted.await(10, TimeUnit.SECONDS)).isTrue();
		assertThat(invoke("req-newer")).isEqualTo("AK-req-newer");
		FcTestApplication.later.countDown();
		assertThat(new String(running.get(10, TimeUnit.SECONDS).body(), StandardCharsets.UTF_8))
			.isEqualTo("AK-req-running");
		assertThat(this.context.getBean(FnCredentialsProvider.class).credentials()).map(FnCredentials::accessKeyId)
			.contains("AK-req-newer");
	}

	@Test
	void anInvocationSeesItsOwnTheRestTheNewest() {
		FnCredentialsProvider provider = this.context.getBean(FnCredentialsProvider.class);
		Client sdkCredentials = new Client(this.context.getBean(FcCredentialsProvider.class));
		// The client is built once, before the invocations, as an application's singleton would be
		assertThat(invoke("req-first")).isEqualTo("AK-req-first");
		assertThat(provider.credentials()).map(FnCredentials::accessKeyId).contains("AK-req-first");
		assertThat(invoke("req-second")).isEqualTo("AK-req-second");
		CredentialModel credential = sdkCredentials.getCredential();
		assertThat(credential.getAccessKeyId()).isEqualTo("AK-req-second");
		assertThat(credential.getAccessKeySecret()).isEqualTo("SK-req-second");
		assertThat(credential.getSecurityToken()).isEqualTo("TOKEN-req-second");
		assertThat(credential.getType()).isEqualTo("sts");
		assertThat(provider.toString()).doesNotContain("SK-req-second").doesNotContain("TOKEN-req-second");
		assertThat(this.context.getBean(FcCredentialsProvider.class).toString()).doesNotContain("SK-req-second");
	}

}
