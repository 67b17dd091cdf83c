package io.github.fnspring.server;

import java.net.BindException;

import io.github.fnspring.core.MisconfigurationException;

/** The failure to listen on a port that another process holds, told as what to do about it. */
public final class PortInUse {

	private PortInUse() {
	}

	/**
	 * @param what what was to listen there, such as "the Function Compute protocol"
	 */
	public static MisconfigurationException of(String what, String address, int port, BindException cause) {
		return new MisconfigurationException("fn-spring could not listen on " + address + ":" + port + " for " + what
				+ ": " + cause.getMessage() + ".",
				"Stop the process that listens on port " + port + ", or choose another port with fn.server.port "
						+ "(0 picks a free one).",
				cause);
	}

}
