package io.github.fnspring.autoconfigure;

import java.util.List;
import java.util.Optional;

import org.springframework.context.SmartLifecycle;

/**
 * The transport a platform mode needs (a Runtime API loop or an HTTP server), chosen when the
 * application starts rather than by a condition: Spring AOT evaluates conditions once at build
 * time, and one package must serve every mode of its cloud (an SCF package is a custom
 * runtime or a web function depending only on how the function was created).
 */
public final class PlatformTransport implements SmartLifecycle, AutoCloseable {

	private final SmartLifecycle transport;

	private final List<Object> parts;

	private PlatformTransport(SmartLifecycle transport, List<Object> parts) {
		this.transport = transport;
		this.parts = parts;
	}

	/** No transport of ours: the platform calls the function in-process. */
	static PlatformTransport none() {
		return new PlatformTransport(null, List.of());
	}

	/**
	 * A transport and what it was built from; parts that are {@link AutoCloseable} (a local
	 * Runtime API) are closed after the transport stops.
	 */
	static PlatformTransport of(SmartLifecycle transport, Object... parts) {
		return new PlatformTransport(transport, List.of(parts));
	}

	/** The part of the given type, e.g. the HTTP server or the local Runtime API. */
	public <T> Optional<T> find(Class<T> type) {
		return this.parts.stream().filter(type::isInstance).map(type::cast).findFirst();
	}

	@Override
	public void start() {
		if (this.transport != null) {
			this.transport.start();
		}
	}

	@Override
	public void stop() {
		if (this.transport != null) {
			this.transport.stop();
		}
	}

	@Override
	public void stop(Runnable callback) {
		if (this.transport != null) {
			this.transport.stop(callback);
		}
		else {
			callback.run();
		}
	}

	@Override
	public boolean isRunning() {
		return this.transport != null && this.transport.isRunning();
	}

	@Override
	public int getPhase() {
		return (this.transport != null) ? this.transport.getPhase() : SmartLifecycle.DEFAULT_PHASE;
	}

	@Override
	public void close() throws Exception {
		for (Object part : this.parts) {
			if (part instanceof AutoCloseable closeable) {
				closeable.close();
			}
		}
	}

}
