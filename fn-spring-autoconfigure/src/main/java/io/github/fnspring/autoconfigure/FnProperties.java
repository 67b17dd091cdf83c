package io.github.fnspring.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import io.github.fnspring.core.EventErrorDetail;
import io.github.fnspring.platform.TransportSettings;

/** Configuration of fn-spring, under the prefix {@code fn}. */
@ConfigurationProperties("fn")
public class FnProperties {

	/**
	 * Platform whose protocol to speak: auto (detect it from the environment; a local run
	 * speaks Function Compute's), aliyun, tencent, huawei, or local (a local run that speaks
	 * Function Compute's protocol).
	 */
	private String vendor = "auto";

	/**
	 * Exported function (or composition such as a|b) this instance serves, overriding the
	 * cloud function's name and spring.cloud.function.definition.
	 */
	private @Nullable String function;

	private final Error error = new Error();

	private final Server server = new Server();

	private final Local local = new Local();

	private final Cds cds = new Cds();

	private final Snapshot snapshot = new Snapshot();

	private final Console console = new Console();

	public String getVendor() {
		return this.vendor;
	}

	public void setVendor(String vendor) {
		this.vendor = vendor;
	}

	public @Nullable String getFunction() {
		return this.function;
	}

	public void setFunction(@Nullable String function) {
		this.function = function;
	}

	public Error getError() {
		return this.error;
	}

	public Server getServer() {
		return this.server;
	}

	public Local getLocal() {
		return this.local;
	}

	public Snapshot getSnapshot() {
		return this.snapshot;
	}

	public Cds getCds() {
		return this.cds;
	}

	public Console getConsole() {
		return this.console;
	}


	/** How failures are reported. */
	public static class Error {

		/** Whether event-invocation error bodies carry the stack trace, as the vendors' own runtimes do. HTTP error responses never do. */
		private boolean includeStacktrace = true;

		/** Whether HTTP error responses for server errors (5xx) carry the exception message; 4xx always do. */
		private boolean includeMessage;

		/**
		 * Whether event-invocation error bodies carry the exception's message, as the vendors'
		 * own runtimes do; switch off when messages may hold what callers must not see. The
		 * type always shows; rejected input always keeps its message.
		 */
		private boolean includeEventMessage = true;

		public boolean isIncludeStacktrace() {
			return this.includeStacktrace;
		}

		public void setIncludeStacktrace(boolean includeStacktrace) {
			this.includeStacktrace = includeStacktrace;
		}

		public boolean isIncludeMessage() {
			return this.includeMessage;
		}

		public boolean isIncludeEventMessage() {
			return this.includeEventMessage;
		}

		public void setIncludeEventMessage(boolean includeEventMessage) {
			this.includeEventMessage = includeEventMessage;
		}

		/** What event-invocation error bodies show. */
		public EventErrorDetail eventErrorDetail() {
			return new EventErrorDetail(this.includeStacktrace, this.includeEventMessage);
		}

		public void setIncludeMessage(boolean includeMessage) {
			this.includeMessage = includeMessage;
		}

	}

	/** The HTTP server of platforms that call the app over HTTP. */
	public static class Server {

		/** Whether to start the transport (HTTP server, or Runtime API poll loop). Switch it off in tests that need none. */
		private boolean enabled = true;

		/** Network address to bind. When not set, 0.0.0.0 in a detected cloud environment and 127.0.0.1 otherwise. */
		private @Nullable String address;

		/** Port to listen on; 0 picks a free port. When not set, the platform's in a detected cloud (FC: FC_CUSTOM_LISTEN_PORT or 9000, SCF: 9000, FunctionGraph: 8000), else 8080. */
		private @Nullable Integer port;

		/**
		 * Maximum number of requests handled at once. When not set, the most the platform
		 * sends one instance (FC and SCF: 200, FunctionGraph: 1000). Threads start as
		 * requests come and end after a minute idle.
		 */
		private @Nullable Integer maxThreads;

		/** Largest request body or event accepted. When not set, the platform's limit (FC: 32 MB, SCF and FunctionGraph: 6 MB), but no more than a sixteenth of the heap. */
		private @Nullable DataSize maxRequestSize;

		/**
		 * Maximum time a request may take to arrive, headers and body, before its connection is
		 * closed: a slow client must not hold a request thread for long. The platforms'
		 * front ends deliver requests in well under a second. Whole seconds; the JDK server
		 * reads it once per process, so the first server started sets it.
		 */
		private Duration maxRequestTime = Duration.ofSeconds(10);

		/**
		 * Time invocations in flight may take to finish when the instance stops (SIGTERM);
		 * new requests are refused meanwhile. Past it, each unfinished one is answered with
		 * an error and logged.
		 */
		private Duration shutdownGracePeriod = Duration.ofSeconds(10);

		/**
		 * Time a custom runtime keeps retrying an unavailable Runtime API before the process
		 * exits with status 1, so that the platform replaces the instance.
		 */
		private Duration runtimeApiOutageLimit = Duration.ofMinutes(2);

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public @Nullable String getAddress() {
			return this.address;
		}

		public void setAddress(@Nullable String address) {
			this.address = address;
		}

		public @Nullable Integer getPort() {
			return this.port;
		}

		public void setPort(@Nullable Integer port) {
			this.port = port;
		}

		public @Nullable Integer getMaxThreads() {
			return this.maxThreads;
		}

		public void setMaxThreads(@Nullable Integer maxThreads) {
			this.maxThreads = maxThreads;
		}

		public Duration getMaxRequestTime() {
			return this.maxRequestTime;
		}

		public void setMaxRequestTime(Duration maxRequestTime) {
			this.maxRequestTime = maxRequestTime;
		}

		public Duration getShutdownGracePeriod() {
			return this.shutdownGracePeriod;
		}

		public void setShutdownGracePeriod(Duration shutdownGracePeriod) {
			this.shutdownGracePeriod = shutdownGracePeriod;
		}

		public Duration getRuntimeApiOutageLimit() {
			return this.runtimeApiOutageLimit;
		}

		public void setRuntimeApiOutageLimit(Duration runtimeApiOutageLimit) {
			this.runtimeApiOutageLimit = runtimeApiOutageLimit;
		}

		public @Nullable DataSize getMaxRequestSize() {
			return this.maxRequestSize;
		}

		public void setMaxRequestSize(@Nullable DataSize maxRequestSize) {
			this.maxRequestSize = maxRequestSize;
		}

		/**
		 * The configured limit in bytes; else the platform's, but no more than a sixteenth of
		 * the heap ({@link TransportSettings#maxRequestBytesOr}).
		 */
		public long maxRequestBytesOr(DataSize platformLimit) {
			return toTransportSettings(false).maxRequestBytesOr(platformLimit);
		}

		/** These settings for the transports; {@code virtualThreads} from spring.threads.virtual.enabled. */
		public TransportSettings toTransportSettings(boolean virtualThreads) {
			return new TransportSettings(this.address, this.port, this.maxThreads, this.maxRequestSize,
					this.maxRequestTime, this.shutdownGracePeriod, this.runtimeApiOutageLimit, virtualThreads);
		}

	}

	/** What a local run reports as the function's configuration. */
	public static class Local {

		/** Timeout each local invocation gets. */
		private Duration timeout = Duration.ofSeconds(60);

		/** Memory size reported to functions, in MB. */
		private int memoryMb = 512;

		/** Region reported to functions. */
		private String region = "local";

		/**
		 * Comma-separated list of the platforms whose transports a local run starts besides
		 * the one fn.vendor chooses (aliyun, tencent, huawei), each on the port after the
		 * previous one. Ignored in a cloud, where only the detected platform's transport runs.
		 */
		private List<String> platforms = new ArrayList<>();

		public Duration getTimeout() {
			return this.timeout;
		}

		public void setTimeout(Duration timeout) {
			this.timeout = timeout;
		}

		public int getMemoryMb() {
			return this.memoryMb;
		}

		public void setMemoryMb(int memoryMb) {
			this.memoryMb = memoryMb;
		}

		public String getRegion() {
			return this.region;
		}

		public void setRegion(String region) {
			this.region = region;
		}

		public List<String> getPlatforms() {
			return this.platforms;
		}

		public void setPlatforms(List<String> platforms) {
			this.platforms = platforms;
		}

	}

	/**
	 * A platform's snapshot of the initialized instance, which it restores new instances from
	 * (FunctionGraph's snapshot-based cold start).
	 */
	public static class Snapshot {

		/**
		 * Event the instance answers through its real path when the platform initializes it
		 * for a snapshot (FunctionGraph's snapshot-based cold start), so that a restored
		 * instance's first invocation finds everything loaded. Nothing of it reaches a later
		 * invocation. When not set, nothing is primed.
		 */
		private @Nullable String primingEvent;

		public @Nullable String getPrimingEvent() {
			return this.primingEvent;
		}

		public void setPrimingEvent(@Nullable String primingEvent) {
			this.primingEvent = primingEvent;
		}

	}

	/**
	 * The local console: in a local run, a page at {@code /} (and {@code /fn/console}) of
	 * fn-spring's local servers to invoke functions through each cloud's local transport and
	 * read what that cloud's console would show.
	 */
	public static class Console {

		/** Whether a local run serves the console. Never served in a cloud. */
		private boolean enabled = true;

		/** The file, relative to the working directory, where the console saves test events: commit it to share them. */
		private String eventsFile = "fn-console-events.json";

		/** Whether the console answers requests from other machines too, when fn.server.address lets them in. */
		private boolean allowRemote;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public String getEventsFile() {
			return this.eventsFile;
		}

		public void setEventsFile(String eventsFile) {
			this.eventsFile = eventsFile;
		}

		public boolean isAllowRemote() {
			return this.allowRemote;
		}

		public void setAllowRemote(boolean allowRemote) {
			this.allowRemote = allowRemote;
		}

	}

	/**
	 * A class-data sharing training run, made by a package's build or a container image's
	 * build: the application starts, answers one event through its own transport, and exits so
	 * that the JVM archives every class a start and a first invocation load.
	 */
	public static class Cds {

		/** Whether this start is a training run. Set by the bootstrap, never in a deployed function. */
		private boolean training;

		/** Event the training run sends to the selected function. When not set, the run only starts the application. */
		private @Nullable String event;

		/**
		 * Request path, with its query if any, that the training run of a web application sends
		 * as GET to its own server, so that the archive also holds what a controller's first
		 * answer loads.
		 */
		private @Nullable String request;

		public boolean isTraining() {
			return this.training;
		}

		public void setTraining(boolean training) {
			this.training = training;
		}

		public @Nullable String getEvent() {
			return this.event;
		}

		public void setEvent(@Nullable String event) {
			this.event = event;
		}

		public @Nullable String getRequest() {
			return this.request;
		}

		public void setRequest(@Nullable String request) {
			this.request = request;
		}

	}

}
