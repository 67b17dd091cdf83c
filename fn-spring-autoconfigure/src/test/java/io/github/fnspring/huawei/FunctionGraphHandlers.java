package io.github.fnspring.huawei;

/** Test access to the built-in runtime's application, which lives once per class loader. */
public final class FunctionGraphHandlers {

	private FunctionGraphHandlers() {
	}

	/** Closes the running application, so the next call starts a fresh one. */
	public static void reset() {
		FgApplication.close();
	}

}
