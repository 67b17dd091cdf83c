package io.github.fnspring.tencent;

import java.util.Optional;

import org.springframework.core.env.Environment;

import io.github.fnspring.Vendor;
import io.github.fnspring.platform.FnPlatform;

/**
 * Tencent Cloud SCF: detected by {@code SCF_RUNTIME_API} (custom runtimes) or
 * {@code SCF_FUNCTIONNAME} (every function). SCF prescribes no log format for stdout.
 */
public final class TencentPlatform implements FnPlatform {

	/** The platform's id. */
	public static final String ID = "tencent";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public Vendor vendor() {
		return Vendor.TENCENT;
	}

	@Override
	public boolean isDetected(Environment environment) {
		return environment.containsProperty("SCF_RUNTIME_API") || environment.containsProperty("SCF_FUNCTIONNAME");
	}

	@Override
	public Optional<String> functionName(Environment environment) {
		return Optional.ofNullable(environment.getProperty("SCF_FUNCTIONNAME"));
	}

	@Override
	public Class<?> configuration() {
		return TencentScfAutoConfiguration.class;
	}

}
