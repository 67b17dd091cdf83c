package io.github.fnspring.aliyun;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

import io.github.fnspring.FnCredentials;
import io.github.fnspring.Vendor;
import io.github.fnspring.autoconfigure.FnProperties;
import io.github.fnspring.platform.InstanceDefaults;

/**
 * What an FC instance knows before any request: the values a request's {@code x-fc-*}
 * headers fall back to. On FC they come from the environment; in a local run from
 * {@code fn.local.*}.
 *
 * @param vendor {@link Vendor#ALIYUN}, or {@link Vendor#LOCAL} for a local run
 * @param functionName the function name
 * @param functionVersion the version, e.g. {@code LATEST}
 * @param memoryMb the memory size in MB
 * @param timeout the timeout used when a request does not send one
 * @param region the region, or {@code null}
 * @param accountId the account id, or {@code null}
 * @param credentials the execution role's credentials, or {@code null}
 * @param handler the configured handler string, or {@code null}
 */
public record FcDefaults(Vendor vendor, String functionName, String functionVersion, int memoryMb, Duration timeout,
		@Nullable String region, @Nullable String accountId, @Nullable FnCredentials credentials,
		@Nullable String handler) implements InstanceDefaults {

	/** FC's default version name. */
	static final String LATEST = "LATEST";

	/** Reads FC 3.0's environment (FC 2.0's {@code FC_VER_ID} too). */
	static FcDefaults fromEnvironment(Environment environment, Duration timeout) {
		String version = environment.getProperty("FC_FUNCTION_VERSION", environment.getProperty("FC_VER_ID", LATEST));
		String accessKeyId = environment.getProperty("ALIBABA_CLOUD_ACCESS_KEY_ID");
		String accessKeySecret = environment.getProperty("ALIBABA_CLOUD_ACCESS_KEY_SECRET");
		FnCredentials credentials = (accessKeyId != null && accessKeySecret != null)
				? new FnCredentials(accessKeyId, accessKeySecret, environment.getProperty("ALIBABA_CLOUD_SECURITY_TOKEN"))
				: null;
		return new FcDefaults(Vendor.ALIYUN, environment.getProperty("FC_FUNCTION_NAME", ""), version,
				environment.getProperty("FC_FUNCTION_MEMORY_SIZE", Integer.class, 0), timeout,
				environment.getProperty("FC_REGION"), environment.getProperty("FC_ACCOUNT_ID"), credentials,
				environment.getProperty("FC_FUNCTION_HANDLER"));
	}

	/** Defaults for a local run, as {@code fn.local.*} configures it. */
	static FcDefaults local(String functionName, FnProperties.Local local) {
		return local(functionName, local.getMemoryMb(), local.getTimeout(), local.getRegion());
	}

	/** Defaults for a local run, with credentials that are plainly fake. */
	static FcDefaults local(String functionName, int memoryMb, Duration timeout, String region) {
		FnCredentials fake = new FnCredentials("LOCAL-FAKE-ACCESS-KEY-ID", "LOCAL-FAKE-ACCESS-KEY-SECRET",
				"LOCAL-FAKE-SECURITY-TOKEN");
		return new FcDefaults(Vendor.LOCAL, functionName, LATEST, memoryMb, timeout, region, "local", fake, null);
	}

	/** FC's environment read again, with {@code fn.aliyun.*}'s timeout; or these defaults in a local run. */
	@Override
	public FcDefaults renewedFrom(Environment environment) {
		if (this.vendor == Vendor.LOCAL) {
			return this;
		}
		AliyunProperties assumed = Binder.get(environment).bindOrCreate("fn.aliyun", AliyunProperties.class);
		return fromEnvironment(environment, assumed.getTimeout());
	}

	@Override
	public String platform() {
		return AliyunPlatform.ID;
	}

	@Override
	public String toString() {
		return "FcDefaults[vendor=" + this.vendor + ", function=" + this.functionName + ", version="
				+ this.functionVersion + ", memoryMb=" + this.memoryMb + ", timeout=" + this.timeout + ", region="
				+ this.region + "]";
	}

}
