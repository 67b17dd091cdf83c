package io.github.fnspring.huawei;

import java.time.Duration;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import io.github.fnspring.FnCredentials;
import io.github.fnspring.Vendor;
import io.github.fnspring.autoconfigure.FnProperties;
import io.github.fnspring.platform.InstanceDefaults;
import io.github.fnspring.platform.PlatformDefaults;

/**
 * What a FunctionGraph instance knows before any event: the {@code RUNTIME_*} environment
 * of custom runtimes and HTTP functions, or the local defaults.
 *
 * @param vendor {@link Vendor#HUAWEI}, or {@link Vendor#LOCAL} for a local run
 * @param functionName {@code RUNTIME_FUNC_NAME}
 * @param functionVersion {@code RUNTIME_FUNC_VERSION}, {@code latest} by default
 * @param projectId {@code RUNTIME_PROJECT_ID}, or {@code null}
 * @param memoryMb {@code RUNTIME_MEMORY}
 * @param timeout {@code RUNTIME_TIMEOUT} (seconds)
 * @param userData {@code RUNTIME_USERDATA}: the function's user data (its environment variables)
 * @param credentials credentials for runs where the platform sends none per event (local runs), or {@code null}
 */
record FgDefaults(Vendor vendor, String functionName, String functionVersion, @Nullable String projectId,
		int memoryMb, Duration timeout, Map<String, String> userData, @Nullable FnCredentials credentials) implements InstanceDefaults {

	static final String LATEST = "latest";

	FgDefaults {
		userData = Map.copyOf(userData);
	}

	static FgDefaults fromEnvironment(Environment environment, int memoryMb, Duration timeout) {
		return new FgDefaults(Vendor.HUAWEI, environment.getProperty("RUNTIME_FUNC_NAME", ""),
				environment.getProperty("RUNTIME_FUNC_VERSION", LATEST), environment.getProperty("RUNTIME_PROJECT_ID"),
				environment.getProperty("RUNTIME_MEMORY", Integer.class, memoryMb),
				Duration.ofSeconds(environment.getProperty("RUNTIME_TIMEOUT", Long.class, timeout.toSeconds())),
				userData(environment.getProperty("RUNTIME_USERDATA")), null);
	}

	/** Defaults for a local run, as {@code fn.local.*} configures it. */
	static FgDefaults local(String functionName, FnProperties.Local local) {
		return local(functionName, local.getMemoryMb(), local.getTimeout());
	}

	/** Reads FunctionGraph's environment, assuming what {@code fn.huawei.*} says where it says nothing. */
	static FgDefaults fromEnvironment(Environment environment, PlatformDefaults assumed) {
		return fromEnvironment(environment, assumed.getMemoryMb(), assumed.getTimeout());
	}

	/** Defaults for a local run, with credentials that are plainly fake. */
	static FgDefaults local(String functionName, int memoryMb, Duration timeout) {
		FnCredentials fake = new FnCredentials("LOCAL-FAKE-ACCESS-KEY", "LOCAL-FAKE-SECRET-KEY", "LOCAL-FAKE-TOKEN");
		return new FgDefaults(Vendor.LOCAL, functionName, LATEST, "local", memoryMb, timeout, Map.of(), fake);
	}

	/** {@code RUNTIME_USERDATA} is a JSON object of the user's variables; anything else means none. */
	private static Map<String, String> userData(@Nullable String json) {
		if (json == null || json.isBlank()) {
			return Map.of();
		}
		try {
			Map<String, String> values = JsonMapper.shared().readValue(json, new TypeReference<Map<String, String>>() {
			});
			return (values != null) ? values : Map.of();
		}
		catch (JacksonException ex) {
			return Map.of();
		}
	}

	/**
	 * FunctionGraph's environment read again, with what {@code fn.huawei.*} assumes where it
	 * says nothing; or these defaults in a local run.
	 */
	@Override
	public FgDefaults renewedFrom(Environment environment) {
		return (this.vendor == Vendor.LOCAL) ? this
				: fromEnvironment(environment,
						Binder.get(environment).bindOrCreate(HuaweiProperties.PREFIX, HuaweiProperties.class));
	}

	@Override
	public String platform() {
		return HuaweiPlatform.ID;
	}

	@Override
	public String toString() {
		return "FgDefaults[vendor=" + this.vendor + ", function=" + this.functionName + ", version="
				+ this.functionVersion + ", project=" + this.projectId + "]";
	}

}
