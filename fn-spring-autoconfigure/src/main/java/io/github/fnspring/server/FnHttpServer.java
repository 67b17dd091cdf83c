package io.github.fnspring.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The HTTP transport shared by every vendor whose platform calls the app over HTTP. It is
 * the JDK's built-in server: no extra dependency and a start in milliseconds. It listens
 * once the application context is ready and stops before the context closes.
 */
public final class FnHttpServer implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(FnHttpServer.class);

	/** The JDK server's idle-connection timeout, in seconds, unless the user set one. */
	private static final String IDLE_INTERVAL_PROPERTY = "sun.net.httpserver.idleInterval";

	/** Platforms keep connections to the instance open; closing idle ones races their reuse. */
	private static final String LONG_IDLE_INTERVAL_SECONDS = "3600";

	private static final int STOP_GRACE_SECONDS = 2;

	private final ServerSettings settings;

	private final HttpHandler handler;

	private final String description;

	private volatile HttpServer server;

	private volatile ThreadPoolExecutor executor;

	/**
	 * @param description what is served, for the start-up log line
	 */
	public FnHttpServer(ServerSettings settings, HttpHandler handler, String description) {
		this.settings = settings;
		this.handler = handler;
		this.description = description;
	}

	@Override
	public void start() {
		if (System.getProperty(IDLE_INTERVAL_PROPERTY) == null) {
			System.setProperty(IDLE_INTERVAL_PROPERTY, LONG_IDLE_INTERVAL_SECONDS);
		}
		ThreadPoolExecutor pool = new ThreadPoolExecutor(this.settings.maxThreads(), this.settings.maxThreads(), 60,
				TimeUnit.SECONDS, new LinkedBlockingQueue<>(), new NamedThreadFactory("fn-http-"));
		pool.allowCoreThreadTimeOut(true);
		try {
			HttpServer httpServer = HttpServer
				.create(new InetSocketAddress(this.settings.address(), this.settings.port()), 0);
			httpServer.createContext("/", this.handler);
			httpServer.setExecutor(pool);
			httpServer.start();
			this.server = httpServer;
			this.executor = pool;
		}
		catch (IOException ex) {
			pool.shutdown();
			throw new UncheckedIOException("Cannot listen on " + this.settings.address() + ":" + this.settings.port()
					+ " for " + this.description, ex);
		}
		logger.info("Serving {} on http://{}:{}", this.description, this.settings.address(), getPort());
	}

	@Override
	public void stop() {
		HttpServer httpServer = this.server;
		if (httpServer == null) {
			return;
		}
		this.server = null;
		httpServer.stop(STOP_GRACE_SECONDS);
		this.executor.shutdown();
		try {
			if (!this.executor.awaitTermination(STOP_GRACE_SECONDS, TimeUnit.SECONDS)) {
				this.executor.shutdownNow();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.server != null;
	}

	/** The port actually bound, useful when the configured port is 0. */
	public int getPort() {
		HttpServer httpServer = this.server;
		if (httpServer == null) {
			throw new IllegalStateException("The server is not running");
		}
		return httpServer.getAddress().getPort();
	}

	private static final class NamedThreadFactory implements ThreadFactory {

		private final AtomicInteger count = new AtomicInteger();

		private final String prefix;

		NamedThreadFactory(String prefix) {
			this.prefix = prefix;
		}

		@Override
		public Thread newThread(Runnable task) {
			return new Thread(task, this.prefix + this.count.incrementAndGet());
		}

	}

}
