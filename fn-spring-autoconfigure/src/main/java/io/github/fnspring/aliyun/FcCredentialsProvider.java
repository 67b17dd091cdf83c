package io.github.fnspring.aliyun;

import com.aliyun.credentials.exception.CredentialException;
import com.aliyun.credentials.models.CredentialModel;
import com.aliyun.credentials.provider.AlibabaCloudCredentialsProvider;
import com.aliyun.credentials.utils.AuthConstant;

import io.github.fnspring.FnCredentials;
import io.github.fnspring.FnCredentialsProvider;

/**
 * Alibaba Cloud's credentials provider ({@code com.aliyun:credentials-java}) over
 * {@link FnCredentialsProvider}: every call returns the freshest credentials FC gave. Hand
 * it to {@code new com.aliyun.credentials.Client(provider)} and that client to an SDK
 * client's {@code Config.setCredential}: the SDK asks the provider on every request, so a
 * client built once never outlives the credentials. A bean when that jar is on the class
 * path.
 */
public final class FcCredentialsProvider implements AlibabaCloudCredentialsProvider {

	private static final String PROVIDER_NAME = "fn-spring";

	private final FnCredentialsProvider credentials;

	public FcCredentialsProvider(FnCredentialsProvider credentials) {
		this.credentials = credentials;
	}

	/** @throws CredentialException when FC gave no credentials: the function has no role */
	@Override
	public CredentialModel getCredentials() {
		FnCredentials current = this.credentials.credentials()
			.orElseThrow(() -> new CredentialException("Function Compute gave this instance no credentials: give the "
					+ "function a role (s.yaml: role) to call other Alibaba Cloud services"));
		return CredentialModel.builder()
			.accessKeyId(current.accessKeyId())
			.accessKeySecret(current.accessKeySecret())
			.securityToken(current.securityToken())
			.type((current.securityToken() != null) ? AuthConstant.STS : AuthConstant.ACCESS_KEY)
			.providerName(PROVIDER_NAME)
			.build();
	}

	@Override
	public String getProviderName() {
		return PROVIDER_NAME;
	}

	/** Nothing to release: the credentials come with the invocations. */
	@Override
	public void close() {
	}

	@Override
	public String toString() {
		return "FcCredentialsProvider[" + this.credentials + "]";
	}

}
