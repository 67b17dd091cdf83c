package io.github.fnspring.autoconfigure;

/** How fn-spring serves a Huawei FunctionGraph function. */
public enum FgMode {

	/** Auto-detect: see {@link VendorDetection#fgMode}. */
	AUTO,

	/** Built-in Java runtime: {@code FunctionGraphHandler} is called; no transport of ours. */
	HANDLER,

	/** Custom runtime: poll the Runtime API (locally, a local Runtime API). */
	RUNTIME,

	/** HTTP function or container image: serve HTTP on port 8000. */
	HTTP

}
