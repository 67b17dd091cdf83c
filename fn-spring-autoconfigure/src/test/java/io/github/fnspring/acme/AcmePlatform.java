package io.github.fnspring.acme;

import java.util.Optional;

import org.springframework.core.env.Environment;

import io.github.fnspring.Vendor;
import io.github.fnspring.platform.FnPlatform;

/** Acme Functions: detected by {@code ACME_FUNCTION}, which also names the function. */
public final class AcmePlatform implements FnPlatform {

	static final String ID = "acme";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public Vendor vendor() {
		// Not one of the clouds the Vendor enum names: contexts say "acme" in platform()
		return Vendor.LOCAL;
	}

	@Override
	public boolean isDetected(Environment environment) {
		return environment.containsProperty("ACME_FUNCTION");
	}

	@Override
	public Optional<String> functionName(Environment environment) {
		return Optional.ofNullable(environment.getProperty("ACME_FUNCTION"));
	}

	@Override
	public Class<?> configuration() {
		return AcmeAutoConfiguration.class;
	}

}
