package io.github.fnspring.huawei;

import org.springframework.core.env.Environment;

/** How fn-spring serves a Huawei FunctionGraph function. */
public enum FgMode {

	/** Auto-detect: see {@link #resolve}. */
	AUTO,

	/** Built-in Java runtime: {@code FunctionGraphHandler} is called; no transport of ours. */
	HANDLER,

	/** Custom runtime: poll the Runtime API (locally, a local Runtime API). */
	RUNTIME,

	/** HTTP function or container image: serve HTTP on port 8000. */
	HTTP;

	/**
	 * The mode to serve: {@code fn.huawei.mode} when set (the built-in runtime's entry point
	 * sets {@code handler}), else a custom runtime when {@code RUNTIME_API_ADDR} is present, an
	 * HTTP function or container image when only {@code RUNTIME_FUNC_NAME} is, and a custom
	 * runtime against the local Runtime API otherwise.
	 */
	static FgMode resolve(FgMode configured, Environment environment) {
		boolean onlyTheFunctionName = !environment.containsProperty("RUNTIME_API_ADDR")
				&& environment.containsProperty("RUNTIME_FUNC_NAME");
		return (configured != AUTO) ? configured : (onlyTheFunctionName ? HTTP : RUNTIME);
	}

}
