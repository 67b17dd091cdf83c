package io.github.fnspring.tencent;

import org.springframework.core.env.Environment;

/** How fn-spring serves a Tencent SCF function. */
public enum ScfMode {

	/** Auto-detect: see {@link #resolve}. */
	AUTO,

	/** Custom runtime: poll the Runtime API (locally, a local Runtime API). */
	RUNTIME,

	/** Web or image function: serve HTTP on port 9000. */
	WEB;

	/**
	 * The mode to serve: {@code fn.tencent.mode} when set, else a custom runtime when
	 * {@code SCF_RUNTIME_API} is present, a web or image function when only
	 * {@code SCF_FUNCTIONNAME} is, and a custom runtime against the local Runtime API otherwise.
	 */
	static ScfMode resolve(ScfMode configured, Environment environment) {
		boolean onlyTheFunctionName = !environment.containsProperty("SCF_RUNTIME_API")
				&& environment.containsProperty("SCF_FUNCTIONNAME");
		return (configured != AUTO) ? configured : (onlyTheFunctionName ? WEB : RUNTIME);
	}

}
