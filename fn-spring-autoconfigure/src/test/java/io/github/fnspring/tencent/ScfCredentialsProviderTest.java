package io.github.fnspring.tencent;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import com.tencentcloudapi.common.Credential;

import io.github.fnspring.testsupport.TestApplications;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Tencent Cloud SDK credential made once, before any invocation, follows the freshest
 * credentials SCF gives: the instance's first, then each web request's.
 */
class ScfCredentialsProviderTest {

	private static final HttpClient client = HttpClient.newHttpClient();

	@Test
	void aCredentialMadeOnceFollowsTheFreshestCredentials() throws Exception {
		try (ConfigurableApplicationContext context = TestApplications.start(ScfTestApplication.class,
				"SCF_FUNCTIONNAME=whoami", "TENCENTCLOUD_SECRETID=instance-id", "TENCENTCLOUD_SECRETKEY=instance-key",
				"TENCENTCLOUD_SESSIONTOKEN=instance-token")) {
			Credential credential = context.getBean(ScfCredentialsProvider.class).getCredentials();
			assertThat(credential.getSecretId()).isEqualTo("instance-id");
			int port = TestApplications.port(context);
			for (String request : new String[] { "first", "second" }) {
				HttpResponse<String> response = client.send(HttpRequest
					.newBuilder(URI.create("http://127.0.0.1:" + port + "/event-invoke"))
					.header("X-Scf-Request-Id", request)
					.header("X-Scf-Secret-Id", "id-" + request)
					.header("X-Scf-Secret-Key", "key-" + request)
					.header("X-Scf-Session-Token", "token-" + request)
					.POST(HttpRequest.BodyPublishers.ofString("x"))
					.build(), HttpResponse.BodyHandlers.ofString());
				assertThat(response.statusCode()).isEqualTo(200);
				// The SDK reads a credential's values through these getters before it signs a request
				assertThat(credential.getSecretId()).isEqualTo("id-" + request);
				assertThat(credential.getSecretKey()).isEqualTo("key-" + request);
				assertThat(credential.getToken()).isEqualTo("token-" + request);
			}
		}
	}

}
