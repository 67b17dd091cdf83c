package io.github.fnspring.test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;

import io.github.fnspring.FnCredentials;
import io.github.fnspring.Vendor;
import io.github.fnspring.huawei.FunctionGraphHandler;
import io.github.fnspring.platform.FnTransport;
import io.github.fnspring.platform.PlatformModes;
import io.github.fnspring.platform.RuntimeApiTransport;
import io.github.fnspring.runtime.LocalRuntimeApi;

/**
 * Sends events and requests to the application under test through each cloud's real
 * transport, as that cloud sends them, and answers with what the cloud received.
 *
 * <p>In a {@code @SpringBootTest} with the kit on the class path, inject it: the kit serves
 * every cloud in the test's application, each on a free port. The transports of the modes the
 * application does not serve itself (SCF's web functions, FunctionGraph's HTTP functions and
 * built-in runtime in a local run) are opened beside it with the first invocation that needs
 * them, over the application's own beans, and closed with it.
 *
 * <pre class="code">
 * &#64;Autowired FnTestClient client;
 *
 * FnTestResponse response = client.invoke(Vendor.TENCENT, "order", SampleEvents.json(Vendor.TENCENT, "timer"));
 * assertThat(response.isError()).isFalse();
 * </pre>
 *
 * <p>Custom runtimes take one event at a time, as on their clouds; HTTP transports take many
 * at once. An answer is awaited for the local run's timeout ({@code fn.local.timeout}) and
 * half a minute more.
 */
public final class FnTestClient implements SmartLifecycle, AutoCloseable {

	/** How long past the local run's timeout an answer is awaited. */
	private static final Duration ANSWER_MARGIN = Duration.ofSeconds(30);

	private final ConfigurableApplicationContext application;

	private final Duration timeout;

	private final int memoryMb;

	private final PlatformHttpClient http;

	private final Map<FnTestTransport, TransportCaller> callers = new EnumMap<>(FnTestTransport.class);

	/** Transports of modes the application does not serve itself, opened by this client. */
	private final List<FnTransport> opened = new ArrayList<>();

	private volatile boolean running;

	/**
	 * A client of a running application that serves each cloud it will be asked to reach (the
	 * kit configures a {@code @SpringBootTest} so; elsewhere see {@code fn.local.platforms}).
	 */
	public FnTestClient(ConfigurableApplicationContext application) {
		this.application = application;
		Binder binder = Binder.get(application.getEnvironment());
		this.timeout = binder.bind("fn.local.timeout", Duration.class).orElse(Duration.ofSeconds(60));
		this.memoryMb = binder.bind("fn.local.memory-mb", Integer.class).orElse(512);
		this.http = new PlatformHttpClient(this.timeout.plus(ANSWER_MARGIN));
	}

	/**
	 * Sends an event on the cloud's event path: FC's {@code /invoke}, SCF's custom runtime,
	 * FunctionGraph's built-in runtime.
	 * @param function the exported name of the function to run
	 * @param event the event, for example from {@link SampleEvents}
	 */
	public FnTestResponse invoke(Vendor vendor, String function, String event) {
		return invoke(FnTestTransport.eventPathOf(vendor), function, event);
	}

	/** Sends an event through one transport of one cloud (every mode of every cloud). */
	public FnTestResponse invoke(FnTestTransport transport, String function, String event) {
		return invoke(transport, function, event.getBytes(StandardCharsets.UTF_8));
	}

	/** Sends an event of any bytes through one transport of one cloud. */
	public FnTestResponse invoke(FnTestTransport transport, String function, byte[] event) {
		return invocation(transport).function(function).event(event).send();
	}

	/** An event invocation to describe further (its request id, its credentials) before sending it. */
	public FnTestInvocation invocation(FnTestTransport transport) {
		return new FnTestInvocation(transport, caller(transport));
	}

	/**
	 * Calls the platform's initializer as it does once before an instance's first invocation:
	 * FC's {@code /initialize}, FunctionGraph's {@code /init} and the built-in runtime's
	 * initializer. The application's {@code FnInitializer}s run once, whichever call comes first.
	 * @throws UnsupportedOperationException on transports whose platform makes no such call
	 * (custom runtimes and SCF's web functions, which initialize when they start)
	 */
	public FnTestResponse initialize(FnTestTransport transport) {
		return caller(transport).initialize(UUID.randomUUID().toString());
	}

	/**
	 * Sends a plain HTTP request as the platform passes a client's request on, through a
	 * transport whose platform does ({@link FnTestTransport#servesHttpRequests()}).
	 * @param function the exported name of the function the platform's headers name
	 */
	public FnTestResponse request(FnTestTransport transport, String function, FnTestRequest request) {
		if (!transport.servesHttpRequests()) {
			throw new IllegalArgumentException(transport + " receives events, not HTTP requests; the HTTP modes are "
					+ List.of(FnTestTransport.FC_HTTP, FnTestTransport.SCF_WEB_FUNCTION,
							FnTestTransport.FG_HTTP_FUNCTION));
		}
		return caller(transport).request(function, request);
	}

	private synchronized TransportCaller caller(FnTestTransport transport) {
		TransportCaller caller = this.callers.get(transport);
		if (caller == null) {
			FnTransport serving = transportServing(transport);
			try {
				caller = newCaller(transport, serving);
			}
			catch (RuntimeException ex) {
				// an extra transport this client opened for nothing is closed again
				if (this.opened.remove(serving)) {
					serving.stop();
				}
				throw ex;
			}
			this.callers.put(transport, caller);
		}
		return caller;
	}

	/** The application's own transport when it serves that mode, else one opened beside it. */
	private FnTransport transportServing(FnTestTransport transport) {
		String mode = transport.mode();
		PlatformModes modes = this.application.getBeanProvider(PlatformModes.class)
			.orderedStream()
			.filter((candidate) -> candidate.platform().equals(transport.platform()))
			.findFirst()
			.orElse(null);
		if (mode == null || (modes != null && modes.served().equals(mode))) {
			return this.application.getBeanProvider(FnTransport.class)
				.orderedStream()
				.filter((candidate) -> candidate.platform().equals(transport.platform()))
				.findFirst()
				.orElseThrow(() -> notServed(transport));
		}
		if (modes == null) {
			throw notServed(transport);
		}
		FnTransport extra = modes.transport(mode);
		extra.start();
		this.opened.add(extra);
		return extra;
	}

	private IllegalStateException notServed(FnTestTransport transport) {
		return new IllegalStateException("The application serves no transport of platform '" + transport.platform()
				+ "' for " + transport + ": a @SpringBootTest with the test kit serves every cloud unless "
				+ "fn.server.enabled=false; elsewhere add the platform to fn.local.platforms");
	}

	private TransportCaller newCaller(FnTestTransport transport, FnTransport serving) {
		Environment environment = this.application.getEnvironment();
		return switch (transport) {
			case FC_HTTP -> HttpTransportCaller.fc(this.http, port(serving), this.timeout.toSeconds());
			case SCF_WEB_FUNCTION -> HttpTransportCaller.scfWeb(this.http, port(serving),
					environment.getProperty("fn.tencent.event-path", "/event-invoke"), this.memoryMb,
					this.timeout.toMillis());
			case FG_HTTP_FUNCTION -> HttpTransportCaller.fgHttp(this.http, port(serving), this.memoryMb,
					this.timeout.toSeconds());
			case SCF_CUSTOM_RUNTIME -> new RuntimeApiCaller(transport, localRuntimeApi(serving),
					(credentials) -> Map.of(), ErrorTypes::scf, this.timeout.plus(ANSWER_MARGIN));
			case FG_CUSTOM_RUNTIME -> new RuntimeApiCaller(transport, localRuntimeApi(serving),
					FnTestClient::functionGraphCredentialHeaders, ErrorTypes::typed, this.timeout.plus(ANSWER_MARGIN));
			case FG_BUILT_IN_RUNTIME -> new BuiltInRuntimeCaller(
					new BuiltInRuntime(new FunctionGraphHandler(this.application)), this.timeout, this.memoryMb,
					(key) -> userData(environment, key));
		};
	}

	/** FunctionGraph's Runtime API hands out an invocation's credentials in these headers. */
	private static Map<String, String> functionGraphCredentialHeaders(FnCredentials credentials) {
		Map<String, String> headers = new HashMap<>(Map.of("X-CFF-Access-Key", credentials.accessKeyId(),
				"X-CFF-Secret-Key", credentials.accessKeySecret()));
		credentials.securityTokenIfPresent().ifPresent((token) -> headers.put("X-CFF-Security-Token", token));
		return headers;
	}

	private static @Nullable String userData(Environment environment, String key) {
		return environment.getProperty(key);
	}

	private static int port(FnTransport transport) {
		return transport.port()
			.orElseThrow(() -> new IllegalStateException(transport + " listens on no port: is it started?"));
	}

	private static LocalRuntimeApi localRuntimeApi(FnTransport transport) {
		if (!(transport instanceof RuntimeApiTransport runtime)) {
			throw new IllegalStateException(transport + " is no custom runtime");
		}
		return runtime.localRuntimeApi()
			.orElseThrow(() -> new IllegalStateException(
					transport + " polls a cloud's Runtime API, not a local one: is a cloud's environment set?"));
	}

	@Override
	public void start() {
		this.running = true;
	}

	/** Closes the transports this client opened; they open again when next needed. */
	@Override
	public synchronized void stop() {
		this.running = false;
		this.opened.forEach(FnTransport::stop);
		this.opened.clear();
		this.callers.clear();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public void close() {
		stop();
	}

	@Override
	public String toString() {
		return "FnTestClient[" + Objects.requireNonNullElse(this.application.getId(), "application") + "]";
	}

}
