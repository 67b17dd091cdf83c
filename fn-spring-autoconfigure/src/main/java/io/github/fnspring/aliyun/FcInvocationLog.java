package io.github.fnspring.aliyun;

/**
 * The lines FC requires on stdout around every invocation, initialization and pre-stop
 * call; FC's log view cuts its per-request log output at them, so whatever belongs to a
 * request must be written before its End line.
 */
final class FcInvocationLog {

	FcInvocationLog() {
	}

	/**
	 * Written to whatever {@code System.out} is at the time, like the application's own log
	 * lines: the framing and the lines it frames must land in the same stream, in order.
	 */
	private static void println(String line) {
		System.out.println(line);
	}

	void invokeStart(String requestId) {
		println("FC Invoke Start RequestId: " + requestId);
	}

	void invokeEnd(String requestId) {
		println("FC Invoke End RequestId: " + requestId);
	}

	void initializeStart(String requestId) {
		println("FC Initialize Start RequestId: " + requestId);
	}

	void initializeEnd(String requestId) {
		println("FC Initialize End RequestId: " + requestId);
	}

	void preStopStart(String requestId) {
		println("FC PreStop Start RequestId: " + requestId);
	}

	void preStopEnd(String requestId) {
		println("FC PreStop End RequestId: " + requestId);
	}

}
