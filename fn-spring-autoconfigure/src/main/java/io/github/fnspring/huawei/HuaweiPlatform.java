package io.github.fnspring.huawei;

import java.util.OptionalInt;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

import io.github.fnspring.Vendor;
import io.github.fnspring.platform.EnvironmentDetectedPlatform;
import io.github.fnspring.platform.PlatformEventTranslator;

/**
 * Huawei Cloud FunctionGraph: detected by {@code RUNTIME_API_ADDR} (custom runtimes) or
 * {@code RUNTIME_FUNC_NAME} (HTTP functions, container images); its built-in Java runtime
 * gives no environment of its own, but its entry point starts the application with
 * {@code fn.huawei.mode=handler}. FunctionGraph prescribes no log format for stdout.
 */
final class HuaweiPlatform extends EnvironmentDetectedPlatform {

	/** The platform's id. */
	static final String ID = "huawei";

	HuaweiPlatform() {
		super(ID, Vendor.HUAWEI, "RUNTIME_FUNC_NAME", "RUNTIME_API_ADDR", "RUNTIME_FUNC_NAME");
	}

	@Override
	public boolean startedTheProcess(Environment environment) {
		return configuredMode(environment) == FgMode.HANDLER;
	}

	/** HTTP functions and container images: port 8000. */
	@Override
	public OptionalInt httpPort(Environment environment) {
		return OptionalInt.of(HuaweiFunctionGraphAutoConfiguration.HTTP_PORT);
	}

	/** HTTP functions and container images do; custom runtimes and the built-in runtime hand over events. */
	@Override
	public boolean servesHttp(Environment environment) {
		return FgMode.resolve(configuredMode(environment), environment) == FgMode.HTTP;
	}

	/** Bound as {@link HuaweiProperties} binds it: these questions come before that class is bound. */
	private static FgMode configuredMode(Environment environment) {
		return Binder.get(environment).bind(HuaweiProperties.PREFIX + ".mode", FgMode.class).orElse(FgMode.AUTO);
	}

	@Override
	public PlatformEventTranslator eventTranslator() {
		return new FgEventTranslator();
	}

	@Override
	public Class<?> configuration() {
		return HuaweiFunctionGraphAutoConfiguration.class;
	}

}
