package io.github.fnspring.tencent;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

import io.github.fnspring.FnCredentials;
import io.github.fnspring.Vendor;
import io.github.fnspring.autoconfigure.FnProperties;
import io.github.fnspring.platform.InstanceDefaults;
import io.github.fnspring.platform.PlatformDefaults;

/**
 * What an SCF instance knows before any event: its environment. Memory and timeout arrive
 * with each event; the values here are used only when an event lacks them.
 *
 * @param vendor {@link Vendor#TENCENT}, or {@link Vendor#LOCAL} for a local run
 * @param functionName {@code SCF_FUNCTIONNAME}
 * @param functionVersion {@code SCF_FUNCTIONVERSION}, {@code $LATEST} by default
 * @param region {@code TENCENTCLOUD_REGION}, or {@code null}
 * @param appId {@code TENCENTCLOUD_APPID}, or {@code null}
 * @param credentials {@code TENCENTCLOUD_SECRETID}, {@code TENCENTCLOUD_SECRETKEY},
 * {@code TENCENTCLOUD_SESSIONTOKEN}, or {@code null}
 * @param memoryMb memory when an event does not say
 * @param timeout timeout when an event does not say
 */
record ScfDefaults(Vendor vendor, String functionName, String functionVersion, @Nullable String region,
		@Nullable String appId, @Nullable FnCredentials credentials, int memoryMb, Duration timeout) implements InstanceDefaults {

	static final String LATEST = "$LATEST";

	static ScfDefaults fromEnvironment(Environment environment, int memoryMb, Duration timeout) {
		String secretId = environment.getProperty("TENCENTCLOUD_SECRETID");
		String secretKey = environment.getProperty("TENCENTCLOUD_SECRETKEY");
		FnCredentials credentials = (secretId != null && secretKey != null)
				? new FnCredentials(secretId, secretKey, environment.getProperty("TENCENTCLOUD_SESSIONTOKEN")) : null;
		return new ScfDefaults(Vendor.TENCENT, environment.getProperty("SCF_FUNCTIONNAME", ""),
				environment.getProperty("SCF_FUNCTIONVERSION", LATEST), environment.getProperty("TENCENTCLOUD_REGION"),
				environment.getProperty("TENCENTCLOUD_APPID"), credentials, memoryMb, timeout);
	}

	/** Defaults for a local run, as {@code fn.local.*} configures it. */
	static ScfDefaults local(String functionName, FnProperties.Local local) {
		return local(functionName, local.getMemoryMb(), local.getTimeout(), local.getRegion());
	}

	/** Reads SCF's environment, assuming what {@code fn.tencent.*} says where it says nothing. */
	static ScfDefaults fromEnvironment(Environment environment, PlatformDefaults assumed) {
		return fromEnvironment(environment, assumed.getMemoryMb(), assumed.getTimeout());
	}

	/** Defaults for a local run, with credentials that are plainly fake. */
	static ScfDefaults local(String functionName, int memoryMb, Duration timeout, String region) {
		FnCredentials fake = new FnCredentials("LOCAL-FAKE-SECRET-ID", "LOCAL-FAKE-SECRET-KEY", "LOCAL-FAKE-SESSION-TOKEN");
		return new ScfDefaults(Vendor.LOCAL, functionName, LATEST, region, "local", fake, memoryMb, timeout);
	}

	/** SCF's environment read again, with what {@code fn.tencent.*} assumes; or these defaults in a local run. */
	@Override
	public ScfDefaults renewedFrom(Environment environment) {
		return (this.vendor == Vendor.LOCAL) ? this
				: fromEnvironment(environment,
						Binder.get(environment).bindOrCreate(TencentProperties.PREFIX, TencentProperties.class));
	}

	@Override
	public String platform() {
		return TencentPlatform.ID;
	}

	@Override
	public String toString() {
		return "ScfDefaults[vendor=" + this.vendor + ", function=" + this.functionName + ", version="
				+ this.functionVersion + ", region=" + this.region + "]";
	}

}
