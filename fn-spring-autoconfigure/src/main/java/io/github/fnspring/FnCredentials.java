package io.github.fnspring;

import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Temporary credentials of the function's execution role.
 *
 * <p>{@link #toString()} shows only a prefix of the access key id and never the secret or
 * the security token, so credentials are safe to pass to a logger by accident.
 *
 * @param accessKeyId the access key id (Tencent: SecretId)
 * @param accessKeySecret the access key secret (Tencent: SecretKey)
 * @param securityToken the security token of the temporary credentials, or {@code null}
 */
public record FnCredentials(String accessKeyId, String accessKeySecret, @Nullable String securityToken) {

	public FnCredentials {
		Objects.requireNonNull(accessKeyId, "accessKeyId");
		Objects.requireNonNull(accessKeySecret, "accessKeySecret");
	}

	/** The security token, absent for long-lived keys. */
	public Optional<String> securityTokenIfPresent() {
		return Optional.ofNullable(this.securityToken);
	}

	@Override
	public String toString() {
		String visible = this.accessKeyId.length() > 4 ? this.accessKeyId.substring(0, 4) : "";
		return "FnCredentials[accessKeyId=" + visible + "****, accessKeySecret=****, securityToken="
				+ (this.securityToken != null ? "****" : "none") + "]";
	}

}
