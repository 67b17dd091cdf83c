package io.github.fnspring.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request fn-spring sent to the application's own server for an HTTP-trigger event: its
 * connection comes from this machine, but its client is whoever sent the event, whom nothing
 * vouches for. So it reports the unspecified address rather than loopback, which an
 * application may trust (Spring Security's {@code hasIpAddress}, an allow list).
 */
final class UnknownClientRequest extends HttpServletRequestWrapper {

	private static final String UNSPECIFIED = "0.0.0.0";

	UnknownClientRequest(HttpServletRequest request) {
		super(request);
	}

	@Override
	public String getRemoteAddr() {
		return UNSPECIFIED;
	}

	@Override
	public String getRemoteHost() {
		return UNSPECIFIED;
	}

	@Override
	public int getRemotePort() {
		return 0;
	}

}
