package io.github.fnspring.tencent;

import java.util.OptionalInt;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

import io.github.fnspring.Vendor;
import io.github.fnspring.platform.EnvironmentDetectedPlatform;
import io.github.fnspring.platform.PlatformEventTranslator;

/**
 * Tencent Cloud SCF: detected by {@code SCF_RUNTIME_API} (custom runtimes) or
 * {@code SCF_FUNCTIONNAME} (every function). SCF prescribes no log format for stdout.
 */
final class TencentPlatform extends EnvironmentDetectedPlatform {

	/** The platform's id. */
	static final String ID = "tencent";

	TencentPlatform() {
		super(ID, Vendor.TENCENT, "SCF_FUNCTIONNAME", "SCF_RUNTIME_API", "SCF_FUNCTIONNAME");
	}

	@Override
	public void reportFailedStart(Throwable failure, Environment environment) {
		new ScfStartupFailureReporter().report(failure, environment);
	}

	/** Web and image functions: port 9000. */
	@Override
	public OptionalInt httpPort(Environment environment) {
		return OptionalInt.of(TencentScfAutoConfiguration.WEB_PORT);
	}

	/** Web and image functions do; custom runtimes take events from the Runtime API. */
	@Override
	public boolean servesHttp(Environment environment) {
		ScfMode configured = Binder.get(environment)
			.bind(TencentProperties.PREFIX + ".mode", ScfMode.class)
			.orElse(ScfMode.AUTO);
		return ScfMode.resolve(configured, environment) == ScfMode.WEB;
	}

	@Override
	public PlatformEventTranslator eventTranslator() {
		return new ScfEventTranslator();
	}

	@Override
	public Class<?> configuration() {
		return TencentScfAutoConfiguration.class;
	}

}
