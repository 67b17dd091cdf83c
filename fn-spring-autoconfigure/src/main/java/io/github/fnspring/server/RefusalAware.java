package io.github.fnspring.server;

import com.sun.net.httpserver.HttpExchange;

/**
 * A protocol handler that marks the answers the server gives by itself (to a request it
 * refuses while stopping, or one still running when the instance stops) the way its
 * platform needs: FC counts a failed event only with {@code x-fc-status}, and cuts a
 * request's log at its End line.
 */
interface RefusalAware {

	/**
	 * Called before the server answers a request itself.
	 * @param started whether the handler had started the request (its log framing opened)
	 */
	void beforeRefusal(HttpExchange exchange, boolean started);

}
