package io.github.fnspring.huawei;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import com.huaweicloud.sdk.core.auth.AbstractCredentials;
import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.auth.ICredential;
import com.huaweicloud.sdk.core.exception.SdkException;
import com.huaweicloud.sdk.core.http.HttpMethod;

import io.github.fnspring.testsupport.TestApplications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A Huawei Cloud SDK credential made once, before any invocation, follows the freshest
 * credentials FunctionGraph gives an HTTP function with Include Keys on.
 */
class FgCredentialsProviderTest {

	private static final HttpClient client = HttpClient.newHttpClient();

	@Test
	void aCredentialMadeOnceFollowsEachRequestsKeys() throws Exception {
		try (ConfigurableApplicationContext context = TestApplications.start(FgTestApplication.class,
				"RUNTIME_FUNC_NAME=uppercase")) {
			ICredential credential = context.getBean(FgCredentialsProvider.class).getCredentials();
			// The SDK's client builders take AK/SK credentials by this class name only
			assertThat(credential).isInstanceOf(BasicCredentials.class);
			assertThat(credential.getClass().getSimpleName()).isEqualTo("BasicCredentials");
			AbstractCredentials<?> keys = (AbstractCredentials<?>) credential;
			assertThatExceptionOfType(SdkException.class).isThrownBy(keys::getAk).withMessageContaining("Include Keys");
			int port = TestApplications.port(context);
			for (String request : new String[] { "first", "second" }) {
				HttpResponse<String> response = client.send(HttpRequest
					.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
					.header("X-CFF-Request-Id", request)
					.header("X-CFF-Security-Access-Key", "ak-" + request)
					.header("X-CFF-Security-Secret-Key", "sk-" + request)
					.header("X-CFF-Security-Token", "token-" + request)
					.POST(HttpRequest.BodyPublishers.ofString("x"))
					.build(), HttpResponse.BodyHandlers.ofString());
				assertThat(response.statusCode()).isEqualTo(200);
				// The SDK's signer reads these each time it signs a request
				assertThat(keys.getAk()).isEqualTo("ak-" + request);
				assertThat(keys.getSk()).isEqualTo("sk-" + request);
				assertThat(keys.getSecurityToken()).isEqualTo("token-" + request);
				assertThat(((AbstractCredentials<?>) credential.deepClone()).getAk()).isEqualTo("ak-" + request);
				// What the SDK does with it on every call: sign, with no metadata service asked
				com.huaweicloud.sdk.core.http.HttpRequest signed = credential.syncProcessAuthRequest(
						com.huaweicloud.sdk.core.http.HttpRequest.newBuilder()
					.withMethod(HttpMethod.GET)
					.withEndpoint("https://ecs.cn-north-4.myhuaweicloud.com")
					.withPath("/v1/servers")
					.build(), null);
				assertThat(signed.getHeader("Authorization")).contains("Access=ak-" + request);
				assertThat(signed.getHeader("X-Security-Token")).isEqualTo("token-" + request);
			}
			assertThat(credential.toString()).doesNotContain("sk-second").doesNotContain("token-second");
		}
	}

}
