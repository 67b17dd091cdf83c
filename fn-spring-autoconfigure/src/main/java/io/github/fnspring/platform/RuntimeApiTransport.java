package io.github.fnspring.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

import org.jspecify.annotations.Nullable;

import io.github.fnspring.core.ProcessExit;
import io.github.fnspring.runtime.LocalRuntimeApi;
import io.github.fnspring.runtime.RuntimeApiLimits;
import io.github.fnspring.runtime.RuntimeApiLoop;
import io.github.fnspring.runtime.RuntimeApiPaths;
import io.github.fnspring.runtime.RuntimeEventHandler;
import io.github.fnspring.server.PortInUse;

/**
 * A custom runtime: the loop that polls the platform's Runtime API, or, outside the cloud, a
 * local Runtime API of the same protocol and the loop polling it. The local Runtime API opens
 * its port when the transport starts, at the end of refresh, and closes it after the loop
 * has stopped.
 */
public final class RuntimeApiTransport implements FnTransport, AutoCloseable {

	private final String platform;

	private final RuntimeApiPaths paths;

	private final RuntimeEventHandler handler;

	private final RuntimeApiLimits limits;

	private final ProcessExit exit;

	private final @Nullable URI runtimeApi;

	private final @Nullable LocalRuntimeApi localRuntimeApi;

	private final @Nullable String localAddress;

	private final int localPort;

	private volatile @Nullable RuntimeApiLoop loop;

	private volatile boolean running;

	private RuntimeApiTransport(String platform, RuntimeApiPaths paths, RuntimeEventHandler handler,
			RuntimeApiLimits limits, ProcessExit exit, @Nullable URI runtimeApi,
			@Nullable LocalRuntimeApi localRuntimeApi, @Nullable String localAddress, int localPort) {
		this.platform = platform;
		this.paths = paths;
		this.handler = handler;
		this.limits = limits;
		this.exit = exit;
		this.runtimeApi = runtimeApi;
		this.localRuntimeApi = localRuntimeApi;
		this.localAddress = localAddress;
		this.localPort = localPort;
	}

	/** Polls the platform's Runtime API at the given base address. */
	public static RuntimeApiTransport polling(String platform, URI runtimeApi, RuntimeApiPaths paths,
			RuntimeEventHandler handler, RuntimeApiLimits limits, ProcessExit exit) {
		return new RuntimeApiTransport(platform, paths, handler, limits, exit, runtimeApi, null, null, 0);
	}

	/** Polls a local Runtime API that listens on the given address and port once started. */
	public static RuntimeApiTransport local(String platform, LocalRuntimeApi localRuntimeApi, String address,
			int port, RuntimeApiPaths paths, RuntimeEventHandler handler, RuntimeApiLimits limits, ProcessExit exit) {
		return new RuntimeApiTransport(platform, paths, handler, limits, exit, null, localRuntimeApi, address, port);
	}

	/** The local Runtime API, outside the cloud, to queue events on. */
	public Optional<LocalRuntimeApi> localRuntimeApi() {
		return Optional.ofNullable(this.localRuntimeApi);
	}

	/** The poll loop, once the transport started. */
	public Optional<RuntimeApiLoop> loop() {
		return Optional.ofNullable(this.loop);
	}

	@Override
	public String platform() {
		return this.platform;
	}

	@Override
	public OptionalInt port() {
		return (this.localRuntimeApi != null && isRunning()) ? OptionalInt.of(this.localRuntimeApi.port())
				: OptionalInt.empty();
	}

	@Override
	public void start() {
		URI base = this.runtimeApi;
		if (this.localRuntimeApi != null) {
			// local() gives the address along with the local Runtime API
			String address = Objects.requireNonNull(this.localAddress, "localAddress");
			try {
				base = this.localRuntimeApi.start(address, this.localPort).baseUri();
			}
			catch (BindException ex) {
				throw PortInUse.of("the local Runtime API of " + this.platform, address, this.localPort, ex);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start the local Runtime API on " + address + ":"
						+ this.localPort, ex);
			}
		}
		// polling() gives the platform's Runtime API, local() the local one started above
		RuntimeApiLoop started = new RuntimeApiLoop(Objects.requireNonNull(base, "runtimeApi"), this.paths,
				this.handler, this.limits, this.exit);
		started.start();
		this.loop = started;
		this.running = true;
	}

	/**
	 * Stops the loop, then closes the local Runtime API. Also when the loop died on its own:
	 * the transport counts as running from start to stop, so that its port is always closed.
	 */
	@Override
	public void stop() {
		this.running = false;
		RuntimeApiLoop started = this.loop;
		if (started != null) {
			started.stop();
		}
		close();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** Closes the local Runtime API, if any, when the application context is destroyed. */
	@Override
	public void close() {
		if (this.localRuntimeApi != null) {
			this.localRuntimeApi.close();
		}
	}

	@Override
	public String toString() {
		return "RuntimeApiTransport[" + this.platform + ", "
				+ ((this.localRuntimeApi != null) ? "local Runtime API" : this.runtimeApi) + "]";
	}

}
