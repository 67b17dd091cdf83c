package io.github.fnspring.acme;

import io.github.fnspring.Vendor;
import io.github.fnspring.platform.EnvironmentDetectedPlatform;
import io.github.fnspring.platform.PlatformEventTranslator;

/**
 * Acme Functions: detected by {@code ACME_FUNCTION}, which also names the function. Not one
 * of the clouds the {@link Vendor} enum names: its contexts report {@link Vendor#LOCAL} and
 * say {@code acme} in {@code platform()}.
 */
public final class AcmePlatform extends EnvironmentDetectedPlatform {

	static final String ID = "acme";

	public AcmePlatform() {
		super(ID, Vendor.LOCAL, "ACME_FUNCTION", "ACME_FUNCTION");
	}

	@Override
	public PlatformEventTranslator eventTranslator() {
		return new AcmeEventTranslator();
	}

	@Override
	public Class<?> configuration() {
		return AcmeAutoConfiguration.class;
	}

}
