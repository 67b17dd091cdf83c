package io.github.fnspring.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
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

	private static final long STOP_GRACE_MILLIS = 2000;

	private static final long DRAIN_POLL_MILLIS = 5;

	private final ServerSettings settings;

	private final HttpHandler handler;

	private final String description;

	private volatile HttpServer server;

	private volatile ThreadPoolExecutor executor;

	/** Requests being handled; stop() waits for them since JDK 17's stop(delay) always sleeps the whole delay. */
	private final AtomicInteger inFlight = new AtomicInteger();

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
		JdkHttpServerDefaults.apply(this.settings.maxRequestTime());
		ThreadPoolExecutor pool = RequestThreadPool.create(this.settings.maxThreads(), new NamedThreadFactory("fn-http-"));
		try {
			HttpServer httpServer = HttpServer
				.create(new InetSocketAddress(this.settings.address(), this.settings.port()), 0);
			httpServer.createContext("/", this::handleCounted);
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

	private void handleCounted(HttpExchange exchange) throws IOException {
		this.inFlight.incrementAndGet();
		try {
			this.handler.handle(exchange);
		}
		catch (RuntimeException | Error ex) {
			// The protocol handlers answer every failure themselves; this is the net under them,
			// so that a request is never left without an answer and a log line
			logger.error("{} {} could not be handled", exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
					ex);
			answerInternalError(exchange);
			if (ex instanceof Error error) {
				throw error;
			}
		}
		finally {
			this.inFlight.decrementAndGet();
		}
	}

	private static void answerInternalError(HttpExchange exchange) {
		try (exchange) {
			if (exchange.getResponseCode() == -1) {
				byte[] body = "{\"errorMessage\":\"Internal Server Error\"}".getBytes(StandardCharsets.UTF_8);
				exchange.getResponseHeaders().set("Content-Type", "application/json");
				exchange.sendResponseHeaders(500, body.length);
				exchange.getResponseBody().write(body);
			}
		}
		catch (IOException ex) {
			logger.debug("Could not answer the failed request", ex);
		}
	}

	/** Lets requests in flight finish (up to a grace period), then closes at once. */
	@Override
	public void stop() {
		HttpServer httpServer = this.server;
		if (httpServer == null) {
			return;
		}
		this.server = null;
		long deadline = System.currentTimeMillis() + STOP_GRACE_MILLIS;
		try {
			while (this.inFlight.get() > 0 && System.currentTimeMillis() < deadline) {
				Thread.sleep(DRAIN_POLL_MILLIS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		httpServer.stop(0);
		this.executor.shutdownNow();
	}

	@Override
	public boolean isRunning() {
		return this.server != null;
	}

	/** Where and how this server listens, as configured. */
	public ServerSettings settings() {
		return this.settings;
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
