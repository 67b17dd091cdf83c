package io.github.fnspring.tencent;

import org.springframework.boot.context.properties.ConfigurationProperties;

import io.github.fnspring.platform.PlatformDefaults;

/** Configuration of Tencent Cloud SCF, under the prefix {@code fn.tencent}. */
@ConfigurationProperties(TencentProperties.PREFIX)
public class TencentProperties extends PlatformDefaults {

	static final String PREFIX = "fn.tencent";

	/** How the function is served: auto, runtime (custom runtime) or web (web and image functions). */
	private ScfMode mode = ScfMode.AUTO;

	/** Path image functions receive events on, as Tencent documents it. */
	private String eventPath = "/event-invoke";

	/** Path of the Runtime API a failed start is reported to. Tencent documents none, so the report is best-effort. */
	private String initErrorPath = "/runtime/init/error";

	public ScfMode getMode() {
		return this.mode;
	}

	public void setMode(ScfMode mode) {
		this.mode = mode;
	}

	public String getEventPath() {
		return this.eventPath;
	}

	public void setEventPath(String eventPath) {
		this.eventPath = eventPath;
	}

	public String getInitErrorPath() {
		return this.initErrorPath;
	}

	public void setInitErrorPath(String initErrorPath) {
		this.initErrorPath = initErrorPath;
	}

}
