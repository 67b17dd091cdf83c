package io.github.fnspring.aliyun;

import java.io.PrintStream;

/**
 * The lines FC requires on stdout around every invocation and initialization; FC's log
 * view cuts its per-request log output at them.
 */
final class FcInvocationLog {

	private final PrintStream out;

	FcInvocationLog(PrintStream out) {
		this.out = out;
	}

	void invokeStart(String requestId) {
		this.out.println("FC Invoke Start RequestId: " + requestId);
	}

	void invokeEnd(String requestId) {
		this.out.println("FC Invoke End RequestId: " + requestId);
	}

	void initializeStart(String requestId) {
		this.out.println("FC Initialize Start RequestId: " + requestId);
	}

	void initializeEnd(String requestId) {
		this.out.println("FC Initialize End RequestId: " + requestId);
	}

}
