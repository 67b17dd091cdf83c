package io.github.fnspring.tencent;

import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.common.provider.CredentialsProvider;

import io.github.fnspring.FnCredentials;
import io.github.fnspring.FnCredentialsProvider;

/**
 * The Tencent Cloud SDK's credentials provider ({@code tencentcloud-sdk-java-common} 3.1.881
 * or later) over {@link FnCredentialsProvider}. The {@link Credential} it returns updates
 * itself from the freshest credentials SCF gave before every request the SDK signs with
 * it, so a client built once with it ({@code new CvmClient(provider.getCredentials(),
 * region)}) never outlives the credentials. A bean when that jar is on the class path.
 */
public final class ScfCredentialsProvider implements CredentialsProvider {

	private final FnCredentialsProvider credentials;

	public ScfCredentialsProvider(FnCredentialsProvider credentials) {
		this.credentials = credentials;
	}

	/**
	 * A credential that refreshes itself on use.
	 * @throws TencentCloudSDKException when SCF gave no credentials: the function has no role
	 */
	@Override
	public Credential getCredentials() throws TencentCloudSDKException {
		FnCredentials current = current();
		return new Credential(current.accessKeyId(), current.accessKeySecret(), current.securityToken(),
				this::refresh);
	}

	private void refresh(Credential credential) throws TencentCloudSDKException {
		FnCredentials current = current();
		credential.setSecretId(current.accessKeyId());
		credential.setSecretKey(current.accessKeySecret());
		credential.setToken(current.securityToken());
	}

	private FnCredentials current() throws TencentCloudSDKException {
		return this.credentials.credentials()
			.orElseThrow(() -> new TencentCloudSDKException("SCF gave this instance no credentials: give the function "
					+ "an execution role to call other Tencent Cloud services"));
	}

	@Override
	public String toString() {
		return "ScfCredentialsProvider[" + this.credentials + "]";
	}

}
