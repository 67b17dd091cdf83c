package io.github.fnspring.aliyun;

import io.github.fnspring.server.HttpRoute;
import io.github.fnspring.server.InvocationLog;

/**
 * The lines FC requires on stdout around every invocation, initialization and pre-stop
 * call; FC's log view cuts its per-request log output at them, so whatever belongs to a
 * request must be written before its End line.
 */
final class FcInvocationLog implements InvocationLog {

	@Override
	public void started(HttpRoute route, String requestId) {
		println("FC " + phase(route) + " Start RequestId: " + requestId);
	}

	@Override
	public void ended(HttpRoute route, String requestId) {
		println("FC " + phase(route) + " End RequestId: " + requestId);
	}

	private static String phase(HttpRoute route) {
		return switch (route) {
			case INITIALIZE -> "Initialize";
			case PRE_STOP -> "PreStop";
			default -> "Invoke";
		};
	}

	/**
	 * Written to whatever {@code System.out} is at the time, like the application's own log
	 * lines: the framing and the lines it frames must land in the same stream, in order.
	 */
	private static void println(String line) {
		System.out.println(line);
	}

}
