package io.github.fnspring.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The HTTP transport shared by every vendor whose platform calls the app over HTTP. It is
 * the JDK's built-in server: no extra dependency and a start in milliseconds. It listens
 * once the application context is ready and stops before the context closes.
 *
 * <p>When it stops (SIGTERM closes the context), it refuses new requests with 503 and gives
 * the requests in flight the shutdown grace period to finish; each one still running then
 * is answered with 503 and logged, so that no request ends without an answer or a trace.
 */
public final class FnHttpServer implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(FnHttpServer.class);

	/** The smallest accept backlog: the JDK's default of 50 makes bursts of new connections wait for SYN retries. */
	private static final int MIN_BACKLOG = 128;

	private static final byte[] STOPPING = "{\"errorMessage\":\"The function instance is stopping\"}"
		.getBytes(StandardCharsets.UTF_8);

	private static final byte[] STOPPED = ("{\"errorMessage\":\"The function instance stopped before the request "
			+ "finished\"}").getBytes(StandardCharsets.UTF_8);

	private final ServerSettings settings;

	private final HttpHandler handler;

	private final String description;

	private volatile @Nullable HttpServer server;

	private volatile @Nullable ExecutorService executor;

	/** Bounds the requests run at once on virtual threads, which no pool bounds; {@code null} on a pool. */
	private volatile @Nullable Semaphore permits;

	private volatile boolean stopping;

	/** Requests being handled, with when they arrived; stop() waits for them and answers those left. */
	private final Map<HttpExchange, Long> inFlight = new ConcurrentHashMap<>();

	private final Object drained = new Object();

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
		boolean virtual = this.settings.virtualThreads() && VirtualThreads.available();
		// On virtual threads a slow client's request holds no pool thread while it arrives
		ExecutorService pool = virtual ? VirtualThreads.perTaskExecutor("fn-http-")
				: RequestThreadPool.create(this.settings.maxThreads(), new NamedThreadFactory("fn-http-"));
		this.permits = virtual ? new Semaphore(this.settings.maxThreads()) : null;
		try {
			HttpServer httpServer = HttpServer.create(new InetSocketAddress(this.settings.address(), this.settings.port()),
					Math.max(MIN_BACKLOG, this.settings.maxThreads()));
			httpServer.createContext("/", this::handleCounted);
			httpServer.setExecutor(pool);
			httpServer.start();
			this.stopping = false;
			this.server = httpServer;
			this.executor = pool;
		}
		catch (BindException ex) {
			pool.shutdown();
			throw PortInUse.of(this.description, this.settings.address(), this.settings.port(), ex);
		}
		catch (IOException ex) {
			pool.shutdown();
			throw new UncheckedIOException("Cannot listen on " + this.settings.address() + ":" + this.settings.port()
					+ " for " + this.description, ex);
		}
		logger.info("Serving {} on http://{}:{}{}", this.description, this.settings.address(), getPort(),
				virtual ? " (virtual threads)" : "");
	}

	private void handleCounted(HttpExchange exchange) throws IOException {
		// Counted before the check, so that stop() never misses a request that passed it
		this.inFlight.put(exchange, System.nanoTime());
		if (this.stopping) {
			removeInFlight(exchange);
			exchange.getResponseHeaders().set("Connection", "close");
			refuse(exchange, 503, STOPPING, false);
			return;
		}
		Semaphore running = this.permits;
		try {
			if (running != null) {
				running.acquireUninterruptibly();
			}
			try {
				this.handler.handle(exchange);
			}
			finally {
				if (running != null) {
					running.release();
				}
			}
		}
		catch (RuntimeException | Error ex) {
			// The protocol handlers answer every failure themselves; this is the net under them,
			// so that a request is never left without an answer and a log line
			logger.error("{} {} could not be handled", exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
					ex);
			refuse(exchange, 500, "{\"errorMessage\":\"Internal Server Error\"}".getBytes(StandardCharsets.UTF_8), true);
			if (ex instanceof Error error) {
				throw error;
			}
		}
		finally {
			removeInFlight(exchange);
		}
	}

	private void removeInFlight(HttpExchange exchange) {
		if (this.inFlight.remove(exchange) != null && this.inFlight.isEmpty()) {
			synchronized (this.drained) {
				this.drained.notifyAll();
			}
		}
	}

	/** An answer of the server's own, marked as the platform needs (FC: a failed invocation). */
	private void refuse(HttpExchange exchange, int status, byte[] body, boolean started) {
		if (this.handler instanceof RefusalAware aware) {
			try {
				aware.beforeRefusal(exchange, started);
			}
			catch (RuntimeException ex) {
				logger.debug("Could not mark the answer to {}", exchange.getRequestURI().getRawPath(), ex);
			}
		}
		answer(exchange, status, body);
	}

	/**
	 * Answers unless an answer was started already, under the exchange's lock, which
	 * {@link HttpExchanges#send} takes too: the handler and the server never both answer.
	 * A client that is gone is no error here.
	 */
	private static void answer(HttpExchange exchange, int status, byte[] body) {
		try (exchange) {
			synchronized (exchange) {
				if (exchange.getResponseCode() == -1) {
					exchange.getResponseHeaders().set("Content-Type", "application/json");
					exchange.sendResponseHeaders(status, body.length);
					exchange.getResponseBody().write(body);
				}
			}
		}
		catch (IOException ex) {
			logger.debug("Could not answer {} {}", exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(), ex);
		}
	}

	/**
	 * Refuses new requests, lets those in flight finish within the shutdown grace period,
	 * answers and logs each one still running (its handler cannot answer it any more), then
	 * closes and interrupts the request threads.
	 */
	@Override
	public void stop() {
		HttpServer httpServer = this.server;
		if (httpServer == null) {
			return;
		}
		this.stopping = true;
		awaitDrained(this.settings.shutdownGracePeriod());
		this.inFlight.forEach((exchange, arrived) -> {
			logger.error("{} {} did not finish within the shutdown grace period of {} (running for {} ms); answered 503",
					exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(), this.settings.shutdownGracePeriod(),
					TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - arrived));
			refuse(exchange, 503, STOPPED, true);
		});
		this.server = null;
		httpServer.stop(0);
		// start() sets the executor along with the server
		List<Runnable> waiting = Objects.requireNonNull(this.executor, "executor").shutdownNow();
		if (!waiting.isEmpty()) {
			logger.error("{} requests still waiting for a request thread were dropped", waiting.size());
		}
	}

	private void awaitDrained(Duration grace) {
		long deadline = System.nanoTime() + grace.toNanos();
		synchronized (this.drained) {
			try {
				long left;
				while (!this.inFlight.isEmpty() && (left = deadline - System.nanoTime()) > 0) {
					this.drained.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
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
