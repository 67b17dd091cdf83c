package io.github.fnspring.huawei;

import java.util.Optional;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

import io.github.fnspring.Vendor;
import io.github.fnspring.platform.FnPlatform;

/**
 * Huawei Cloud FunctionGraph: detected by {@code RUNTIME_API_ADDR} (custom runtimes) or
 * {@code RUNTIME_FUNC_NAME} (HTTP functions, container images); its built-in Java runtime
 * gives no environment of its own, but its entry point starts the application with
 * {@code fn.huawei.mode=handler}. FunctionGraph prescribes no log format for stdout.
 */
public final class HuaweiPlatform implements FnPlatform {

	/** The platform's id. */
	public static final String ID = "huawei";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public Vendor vendor() {
		return Vendor.HUAWEI;
	}

	@Override
	public boolean isDetected(Environment environment) {
		return environment.containsProperty("RUNTIME_API_ADDR") || environment.containsProperty("RUNTIME_FUNC_NAME");
	}

	@Override
	public boolean startedTheProcess(Environment environment) {
		// Bound as HuaweiProperties binds it, before that class is bound
		return Binder.get(environment).bind(HuaweiProperties.PREFIX + ".mode", FgMode.class).orElse(FgMode.AUTO)
				== FgMode.HANDLER;
	}

	@Override
	public Optional<String> functionName(Environment environment) {
		return Optional.ofNullable(environment.getProperty("RUNTIME_FUNC_NAME"));
	}

	@Override
	public Class<?> configuration() {
		return HuaweiFunctionGraphAutoConfiguration.class;
	}

}
