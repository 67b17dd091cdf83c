package io.github.fnspring.autoconfigure;

/** How fn-spring serves a Tencent SCF function. */
public enum ScfMode {

	/** Auto-detect: see {@link VendorDetection#scfMode}. */
	AUTO,

	/** Custom runtime: poll the Runtime API (locally, a local Runtime API). */
	RUNTIME,

	/** Web or image function: serve HTTP on port 9000. */
	WEB

}
