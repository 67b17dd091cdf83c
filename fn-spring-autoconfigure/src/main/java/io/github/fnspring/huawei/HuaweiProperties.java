package io.github.fnspring.huawei;

import org.springframework.boot.context.properties.ConfigurationProperties;

import io.github.fnspring.platform.PlatformDefaults;

/** Configuration of Huawei Cloud FunctionGraph, under the prefix {@code fn.huawei}. */
@ConfigurationProperties(HuaweiProperties.PREFIX)
public class HuaweiProperties extends PlatformDefaults {

	static final String PREFIX = "fn.huawei";

	/** How the function is served: auto, handler (built-in runtime), runtime (custom runtime) or http (HTTP function, container image). */
	private FgMode mode = FgMode.AUTO;

	public FgMode getMode() {
		return this.mode;
	}

	public void setMode(FgMode mode) {
		this.mode = mode;
	}

}
