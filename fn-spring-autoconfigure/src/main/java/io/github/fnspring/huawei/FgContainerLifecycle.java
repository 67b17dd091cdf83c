package io.github.fnspring.huawei;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

import com.sun.net.httpserver.HttpExchange;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ConfigurableApplicationContext;

import io.github.fnspring.FnContext;
import io.github.fnspring.core.FnContextHolder;
import io.github.fnspring.core.InvocationContext;
import io.github.fnspring.core.LifecycleHooks;
import io.github.fnspring.server.HttpExchanges;
import io.github.fnspring.server.SharedServerHandler;

/**
 * The platform's own paths on the server of a FunctionGraph container image (and HTTP
 * function), answered by fn-spring and never by a user function:
 * <ul>
 * <li>{@code GET /healthz}, the custom health check: the application's health, as Spring
 * Boot's availability states say (live and accepting traffic), not the function's.</li>
 * <li>{@code GET /shutdown}, the graceful stop: FunctionGraph calls it repeatedly until it
 * answers 200 (or the connection is refused), within its shutdown timeout. The first call
 * stops taking traffic and runs the pre-stop hooks once; each call then waits a little for
 * the requests in flight to finish, and answers 200 once none is left, after which the
 * application is closed, or 503 to be asked again.</li>
 * </ul>
 * Every other request is passed on and counted while it runs. The two paths are the
 * platform's only when its agent calls them, from inside the instance (loopback): an HTTP
 * function's public requests, which reach it through APIG, may not stop or probe it, and
 * pass on to the function like any other path.
 */
final class FgContainerLifecycle implements SharedServerHandler {

	private static final Logger logger = LoggerFactory.getLogger(FgContainerLifecycle.class);

	static final String HEALTH_PATH = "/healthz";

	static final String SHUTDOWN_PATH = "/shutdown";

	/** How long one shutdown call waits for requests in flight; FunctionGraph asks again every 5 seconds. */
	private static final Duration DRAIN_WAIT = Duration.ofSeconds(3);

	private static final Predicate<String> NO_RESERVED_HEADERS = (name) -> false;

	private final SharedServerHandler requests;

	private final FgContextFactory contexts;

	private final LifecycleHooks lifecycleHooks;

	private final @Nullable ApplicationAvailability availability;

	private final ConfigurableApplicationContext application;

	private final Object drained = new Object();

	private int inFlight;

	private final AtomicBoolean stopping = new AtomicBoolean();

	private final AtomicBoolean closing = new AtomicBoolean();

	/**
	 * @param requests serves every request that is not the platform's
	 * @param availability the application's availability, or {@code null} when it has none
	 */
	FgContainerLifecycle(SharedServerHandler requests, FgContextFactory contexts, LifecycleHooks lifecycleHooks,
			@Nullable ApplicationAvailability availability, ConfigurableApplicationContext application) {
		this.requests = requests;
		this.contexts = contexts;
		this.lifecycleHooks = lifecycleHooks;
		this.availability = availability;
		this.application = application;
	}

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getPath();
		boolean platformCall = "GET".equals(exchange.getRequestMethod()) && isFromInside(exchange.getRemoteAddress());
		if (platformCall && HEALTH_PATH.equals(path)) {
			health(exchange);
		}
		else if (platformCall && SHUTDOWN_PATH.equals(path)) {
			shutdown(exchange);
		}
		else {
			serve(exchange);
		}
	}

	/** The health check and graceful stop, and the calls the protocol handler takes. */
	@Override
	public boolean isPlatformCall(Request request) {
		boolean fromInside = "GET".equals(request.method()) && isFromInside(request.remoteAddress());
		return (fromInside && (HEALTH_PATH.equals(request.path()) || SHUTDOWN_PATH.equals(request.path())))
				|| this.requests.isPlatformCall(request);
	}

	@Override
	public void refuseTooLarge(HttpExchange exchange, long limitBytes) throws IOException {
		this.requests.refuseTooLarge(exchange, limitBytes);
	}

	@Override
	public Set<String> credentialHeaders() {
		return this.requests.credentialHeaders();
	}

	/** A request of the application's web layer, counted while it runs as every request is. */
	@Override
	public ApplicationInvocation beginApplicationRequest(Request request) {
		synchronized (this.drained) {
			this.inFlight++;
		}
		ApplicationInvocation invocation;
		try {
			invocation = this.requests.beginApplicationRequest(request);
		}
		catch (RuntimeException ex) {
			done();
			throw ex;
		}
		return new ApplicationInvocation() {

			@Override
			public FnContext context() {
				return invocation.context();
			}

			@Override
			public void close() {
				try {
					invocation.close();
				}
				finally {
					done();
				}
			}

		};
	}

	/** Whether a caller is inside the instance, as FunctionGraph's agent is. */
	static boolean isFromInside(@Nullable InetSocketAddress caller) {
		return caller != null && caller.getAddress() != null && caller.getAddress().isLoopbackAddress();
	}

	private void serve(HttpExchange exchange) throws IOException {
		try {
			counted(() -> this.requests.handle(exchange));
		}
		catch (IOException | RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Runs a request counted among those in flight, which a graceful stop waits for. */
	private void counted(Counted request) throws Exception {
		synchronized (this.drained) {
			this.inFlight++;
		}
		try {
			request.run();
		}
		finally {
			done();
		}
	}

	/** A request in flight is done. */
	private void done() {
		synchronized (this.drained) {
			if (--this.inFlight == 0) {
				this.drained.notifyAll();
			}
		}
	}

	private void health(HttpExchange exchange) throws IOException {
		boolean up = !this.stopping.get() && this.application.isActive() && (this.availability == null
				|| (this.availability.getLivenessState() == LivenessState.CORRECT
						&& this.availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC));
		send(exchange, up ? 200 : 503, up ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\"}");
	}

	private void shutdown(HttpExchange exchange) throws IOException {
		if (this.stopping.compareAndSet(false, true)) {
			AvailabilityChangeEvent.publish(this.application, ReadinessState.REFUSING_TRAFFIC);
			runPreStopHooks(exchange);
		}
		int left = awaitDrained();
		if (left > 0) {
			send(exchange, 503, "{\"status\":\"STOPPING\",\"inFlight\":" + left + "}");
			return;
		}
		send(exchange, 200, "{\"status\":\"STOPPED\"}");
		if (this.closing.compareAndSet(false, true)) {
			// Closing stops this server, which waits for this very exchange: close from elsewhere
			Thread closer = new Thread(this.application::close, "fn-shutdown");
			closer.start();
		}
	}

	private void runPreStopHooks(HttpExchange exchange) {
		InvocationContext context = this.contexts.fromHttpHeaders((name) -> HttpExchanges.header(exchange, name));
		try (FnContextHolder.Scope scope = FnContextHolder.bind(context)) {
			this.lifecycleHooks.preStop(context);
		}
		catch (Exception ex) {
			// Each failed hook is logged by LifecycleHooks; the stop goes on, as the platform stops the instance anyway
		}
		logger.info("Stopping: pre-stop hooks done, waiting for requests in flight");
	}

	/** Waits up to {@link #DRAIN_WAIT} for the requests in flight; how many are left. */
	private int awaitDrained() {
		long deadline = System.nanoTime() + DRAIN_WAIT.toNanos();
		synchronized (this.drained) {
			try {
				long left;
				while (this.inFlight > 0 && (left = deadline - System.nanoTime()) > 0) {
					this.drained.wait(Math.max(1, left / 1_000_000));
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return this.inFlight;
		}
	}

	private static void send(HttpExchange exchange, int status, String json) throws IOException {
		try (exchange) {
			HttpExchanges.send(exchange, status, Map.of(), "application/json", json.getBytes(StandardCharsets.UTF_8),
					NO_RESERVED_HEADERS);
		}
	}

	/** A request counted while it runs. */
	@FunctionalInterface
	private interface Counted {

		void run() throws Exception;

	}

}
