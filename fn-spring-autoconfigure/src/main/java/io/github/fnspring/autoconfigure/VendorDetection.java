package io.github.fnspring.autoconfigure;

import java.util.Optional;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

import io.github.fnspring.Vendor;

/**
 * Which platform the process runs on: {@code fn.vendor} when set, else the platform whose
 * environment variables are present, else {@link Vendor#LOCAL}.
 */
public final class VendorDetection {

	private VendorDetection() {
	}

	/** The vendor to serve. */
	public static Vendor resolve(Environment environment) {
		FnProperties.VendorChoice configured = setting(environment, "fn.vendor", FnProperties.VendorChoice.class,
				FnProperties.VendorChoice.AUTO);
		if (configured != FnProperties.VendorChoice.AUTO) {
			return Vendor.valueOf(configured.name());
		}
		return detect(environment).orElse(Vendor.LOCAL);
	}

	/**
	 * A setting of {@link FnProperties}, bound as the properties class binds it (relaxed
	 * names, {@code FN_VENDOR} included), where the conditions and environment
	 * post-processors that need it run before the properties class is bound.
	 */
	private static <T> T setting(Environment environment, String name, Class<T> type, T fallback) {
		return Binder.get(environment).bind(name, type).orElse(fallback);
	}

	/** The platform whose environment the process runs in, if any. */
	public static Optional<Vendor> detect(Environment environment) {
		if (environment.containsProperty("FC_FUNCTION_NAME") || environment.containsProperty("FC_CUSTOM_LISTEN_PORT")) {
			return Optional.of(Vendor.ALIYUN);
		}
		if (environment.containsProperty("SCF_RUNTIME_API") || environment.containsProperty("SCF_FUNCTIONNAME")) {
			return Optional.of(Vendor.TENCENT);
		}
		if (environment.containsProperty("RUNTIME_API_ADDR") || environment.containsProperty("RUNTIME_FUNC_NAME")) {
			return Optional.of(Vendor.HUAWEI);
		}
		return Optional.empty();
	}

	/**
	 * Whether the process runs on a cloud rather than locally, decided here only: a
	 * platform's environment is detected, or FunctionGraph's built-in runtime started the
	 * application (it sets {@code fn.huawei.mode=handler}, and gives no environment of its
	 * own). {@code fn.vendor} chooses the protocol, not where it runs: {@code fn.vendor=aliyun}
	 * on a workstation is a local run speaking FC's protocol.
	 */
	public static boolean runsInCloud(Environment environment) {
		return detect(environment).isPresent() || fgMode(environment) == FgMode.HANDLER;
	}

	/**
	 * How an SCF function is served: {@code fn.tencent.mode} when set, else a custom runtime
	 * when {@code SCF_RUNTIME_API} is present, a web or image function when only
	 * {@code SCF_FUNCTIONNAME} is, and a custom runtime against the local Runtime API otherwise.
	 */
	public static ScfMode scfMode(Environment environment) {
		ScfMode configured = setting(environment, "fn.tencent.mode", ScfMode.class, ScfMode.AUTO);
		if (configured != ScfMode.AUTO) {
			return configured;
		}
		boolean web = !environment.containsProperty("SCF_RUNTIME_API") && environment.containsProperty("SCF_FUNCTIONNAME");
		return web ? ScfMode.WEB : ScfMode.RUNTIME;
	}

	/**
	 * How a FunctionGraph function is served: {@code fn.huawei.mode} when set (the built-in
	 * runtime's entry point sets {@code handler}), else a custom runtime when
	 * {@code RUNTIME_API_ADDR} is present, an HTTP function or container image when only
	 * {@code RUNTIME_FUNC_NAME} is, and a custom runtime against the local Runtime API otherwise.
	 */
	public static FgMode fgMode(Environment environment) {
		FgMode configured = setting(environment, "fn.huawei.mode", FgMode.class, FgMode.AUTO);
		if (configured != FgMode.AUTO) {
			return configured;
		}
		boolean http = !environment.containsProperty("RUNTIME_API_ADDR")
				&& environment.containsProperty("RUNTIME_FUNC_NAME");
		return http ? FgMode.HTTP : FgMode.RUNTIME;
	}

	/** The cloud function's name as the platform's environment gives it, or {@code null}. */
	public static String platformFunctionName(Environment environment, Vendor vendor) {
		return switch (vendor) {
			case ALIYUN -> environment.getProperty("FC_FUNCTION_NAME");
			case TENCENT -> environment.getProperty("SCF_FUNCTIONNAME");
			case HUAWEI -> environment.getProperty("RUNTIME_FUNC_NAME");
			default -> null;
		};
	}

}
