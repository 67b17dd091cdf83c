package io.github.fnspring.huawei;

import java.util.concurrent.CompletableFuture;

import org.jspecify.annotations.Nullable;

import com.huaweicloud.sdk.core.auth.ICredential;
import com.huaweicloud.sdk.core.auth.ICredentialProvider;
import com.huaweicloud.sdk.core.exception.SdkException;
import com.huaweicloud.sdk.core.http.HttpClient;
import com.huaweicloud.sdk.core.http.HttpRequest;

import io.github.fnspring.FnCredentials;
import io.github.fnspring.FnCredentialsProvider;

/**
 * The Huawei Cloud SDK's credentials provider ({@code huaweicloud-sdk-core}) over
 * {@link FnCredentialsProvider}. The credential it returns reads the freshest credentials
 * FunctionGraph gave each time the SDK signs a request with it, so a client built once
 * with it ({@code XxxClient.newBuilder().withCredential(provider.getCredentials())})
 * never outlives them. A bean when that jar is on the class path.
 */
public final class FgCredentialsProvider implements ICredentialProvider {

	private final FnCredentialsProvider credentials;

	public FgCredentialsProvider(FnCredentialsProvider credentials) {
		this.credentials = credentials;
	}

	/** A credential that reads the freshest keys whenever the SDK signs with it. */
	@Override
	public ICredential getCredentials() {
		return new BasicCredentials(this.credentials);
	}

	@Override
	public String toString() {
		return "FgCredentialsProvider[" + this.credentials + "]";
	}

	/**
	 * The SDK's AK/SK credential whose keys are always the freshest: each request is signed
	 * by a plain SDK credential made from one snapshot of them, so that the key, the secret
	 * and the token always belong together. Named like its superclass because the SDK's
	 * client builders accept a credential only by that simple class name.
	 */
	static final class BasicCredentials extends com.huaweicloud.sdk.core.auth.BasicCredentials {

		private final transient FnCredentialsProvider credentials;

		BasicCredentials(FnCredentialsProvider credentials) {
			this.credentials = credentials;
		}

		private FnCredentials current() {
			return this.credentials.credentials()
				.orElseThrow(() -> new SdkException("FunctionGraph gave this instance no credentials: give the function "
						+ "an agency, and for HTTP functions and container images switch Include Keys on"));
		}

		/** A plain SDK credential with the freshest keys, for one signature. */
		private com.huaweicloud.sdk.core.auth.BasicCredentials snapshot() {
			FnCredentials current = current();
			return new com.huaweicloud.sdk.core.auth.BasicCredentials().withAk(current.accessKeyId())
				.withSk(current.accessKeySecret())
				.withSecurityToken(current.securityToken())
				.withProjectId(getProjectId());
		}

		@Override
		public HttpRequest syncProcessAuthRequest(HttpRequest request, HttpClient httpClient) {
			return snapshot().syncProcessAuthRequest(request, httpClient);
		}

		@Override
		public CompletableFuture<HttpRequest> processAuthRequest(HttpRequest request, HttpClient httpClient) {
			return snapshot().processAuthRequest(request, httpClient);
		}

		@Override
		public String getAk() {
			return current().accessKeyId();
		}

		@Override
		public String getSk() {
			return current().accessKeySecret();
		}

		@Override
		public @Nullable String getSecurityToken() {
			return current().securityToken();
		}

		@Override
		public BasicCredentials deepClone() {
			return (BasicCredentials) new BasicCredentials(this.credentials).withProjectId(getProjectId());
		}

		@Override
		public String toString() {
			return "FgCredentialsProvider.BasicCredentials[" + this.credentials + "]";
		}

	}

}
