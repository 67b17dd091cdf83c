package io.github.fnspring.autoconfigure;

import java.util.Locale;
import java.util.Optional;

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
		String configured = environment.getProperty("fn.vendor", "auto").trim().toUpperCase(Locale.ROOT);
		if (!"AUTO".equals(configured)) {
			return Vendor.valueOf(configured);
		}
		return detect(environment).orElse(Vendor.LOCAL);
	}

	/** The platform whose environment the process runs in, if any. */
	public static Optional<Vendor> detect(Environment environment) {
		if (environment.containsProperty("FC_FUNCTION_NAME") || environment.containsProperty("FC_CUSTOM_LISTEN_PORT")) {
			return Optional.of(Vendor.ALIYUN);
		}
		return Optional.empty();
	}

	/** The cloud function's name as the platform's environment gives it, or {@code null}. */
	public static String platformFunctionName(Environment environment, Vendor vendor) {
		return switch (vendor) {
			case ALIYUN -> environment.getProperty("FC_FUNCTION_NAME");
			default -> null;
		};
	}

}
