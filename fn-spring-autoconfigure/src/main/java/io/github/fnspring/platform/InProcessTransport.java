package io.github.fnspring.platform;

import java.util.OptionalInt;

/**
 * A platform that calls the application in process through an entry point of its own (as
 * FunctionGraph's built-in runtime calls its handler class): nothing to start, no port.
 */
public final class InProcessTransport implements FnTransport {

	private final String platform;

	private volatile boolean running;

	public InProcessTransport(String platform) {
		this.platform = platform;
	}

	@Override
	public String platform() {
		return this.platform;
	}

	@Override
	public OptionalInt port() {
		return OptionalInt.empty();
	}

	@Override
	public void start() {
		this.running = true;
	}

	@Override
	public void stop() {
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}
