package io.github.fnspring.autoconfigure;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import io.github.fnspring.core.EventErrorDetail;
import io.github.fnspring.runtime.RuntimeApiLimits;

/** Configuration of fn-spring, under the prefix {@code fn}. */
@ConfigurationProperties("fn")
public class FnProperties {

	/** The platform to serve; auto detects it from the environment and runs locally when none is found. */
	private VendorChoice vendor = VendorChoice.AUTO;

	/**
	 * The exported function (or composition such as a|b) this instance serves, overriding
	 * the cloud function's name and spring.cloud.function.definition.
	 */
	private String function;

	private final Error error = new Error();

	private final Server server = new Server();

	private final Local local = new Local();

	private final Cds cds = new Cds();

	private final Aliyun aliyun = new Aliyun();

	private final Tencent tencent = new Tencent();

	private final Huawei huawei = new Huawei();

	public VendorChoice getVendor() {
		return this.vendor;
	}

	public void setVendor(VendorChoice vendor) {
		this.vendor = vendor;
	}

	public String getFunction() {
		return this.function;
	}

	public void setFunction(String function) {
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

	public Cds getCds() {
		return this.cds;
	}

	public Aliyun getAliyun() {
		return this.aliyun;
	}

	public Tencent getTencent() {
		return this.tencent;
	}

	public Huawei getHuawei() {
		return this.huawei;
	}

	/** The choices for {@code fn.vendor}. */
	public enum VendorChoice {

		/** Detect the platform from its environment variables; run locally when none is found. */
		AUTO,

		/** Alibaba Cloud Function Compute. */
		ALIYUN,

		/** Tencent Cloud SCF. */
		TENCENT,

		/** Huawei Cloud FunctionGraph. */
		HUAWEI,

		/** A local run that speaks FC's protocol on localhost. */
		LOCAL

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

		/** A request may take at most the heap divided by this, unless configured otherwise. */
		private static final int HEAP_SHARE_PER_REQUEST = 16;

		/** Whether to start the transport (HTTP server, or Runtime API poll loop); switch off in tests that need none. */
		private boolean enabled = true;

		/** The address to bind; defaults to 0.0.0.0 in a detected cloud environment and 127.0.0.1 otherwise. */
		private String address;

		/** The port; defaults to the platform's (FC: FC_CUSTOM_LISTEN_PORT or 9000, SCF: 9000, FunctionGraph: 8000) in a detected cloud, else 8080. 0 picks a free port. */
		private Integer port;

		/**
		 * The most requests handled at once; defaults to the most the platform sends one
		 * instance (FC and SCF: 200, FunctionGraph: 1000). Threads start as requests come and
		 * end after a minute idle.
		 */
		private Integer maxThreads;

		/** The largest request body or event accepted; defaults to the platform's limit (FC: 32 MB, SCF and FunctionGraph: 6 MB), but no more than a sixteenth of the heap. */
		private DataSize maxRequestSize;

		/**
		 * How long a request may take to arrive, headers and body, before its connection is
		 * closed: a slow client must not hold a request thread for long. The platforms'
		 * front ends deliver requests in well under a second. Whole seconds; the JDK server
		 * reads it once per process, so the first server started sets it.
		 */
		private Duration maxRequestTime = Duration.ofSeconds(10);

		/**
		 * How long invocations in flight may take to finish when the instance stops
		 * (SIGTERM); new requests are refused meanwhile. Past it, each unfinished one is
		 * answered with an error and logged.
		 */
		private Duration shutdownGracePeriod = Duration.ofSeconds(10);

		/**
		 * How long a custom runtime keeps retrying an unavailable Runtime API before the
		 * process exits with status 1, so that the platform replaces the instance.
		 */
		private Duration runtimeApiOutageLimit = Duration.ofMinutes(2);

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public String getAddress() {
			return this.address;
		}

		public void setAddress(String address) {
			this.address = address;
		}

		public Integer getPort() {
			return this.port;
		}

		public void setPort(Integer port) {
			this.port = port;
		}

		public Integer getMaxThreads() {
			return this.maxThreads;
		}

		public void setMaxThreads(Integer maxThreads) {
			this.maxThreads = maxThreads;
		}

		/** The configured concurrency, or the platform's. */
		public int maxThreadsOr(int platformConcurrency) {
			return (this.maxThreads != null) ? this.maxThreads : platformConcurrency;
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

		/** The limits of a custom runtime's poll loop. */
		public RuntimeApiLimits runtimeApiLimits() {
			return new RuntimeApiLimits(this.shutdownGracePeriod, this.runtimeApiOutageLimit,
					RuntimeApiLimits.DEFAULT_POST_TIMEOUT);
		}

		public DataSize getMaxRequestSize() {
			return this.maxRequestSize;
		}

		public void setMaxRequestSize(DataSize maxRequestSize) {
			this.maxRequestSize = maxRequestSize;
		}

		/**
		 * The configured limit in bytes; else the platform's, but no more than a sixteenth of
		 * the heap: reading, parsing and answering a body takes several times its size, and a
		 * 128 MB function (64 MB heap) must stay under 128 MB while it does (measured: a body
		 * of an eighth of the heap took it to 140 MB, a sixteenth to 125 MB).
		 */
		public long maxRequestBytesOr(DataSize platformLimit) {
			if (this.maxRequestSize != null) {
				return this.maxRequestSize.toBytes();
			}
			return Math.min(platformLimit.toBytes(), Runtime.getRuntime().maxMemory() / HEAP_SHARE_PER_REQUEST);
		}

	}

	/** What a local run reports as the function's configuration. */
	public static class Local {

		/** The timeout each local invocation gets. */
		private Duration timeout = Duration.ofSeconds(60);

		/** The memory size reported to functions, in MB. */
		private int memoryMb = 512;

		/** The region reported to functions. */
		private String region = "local";

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

	}

	/**
	 * A class-data sharing training run, made by a package's build or a container image's
	 * build: the application starts, answers one event through its own transport, and exits so
	 * that the JVM archives every class a start and a first invocation load.
	 */
	public static class Cds {

		/** Whether this start is a training run; set by the bootstrap, never in a deployed function. */
		private boolean training;

		/** The event the training run sends to the selected function; none only starts the application. */
		private String event;

		public boolean isTraining() {
			return this.training;
		}

		public void setTraining(boolean training) {
			this.training = training;
		}

		public String getEvent() {
			return this.event;
		}

		public void setEvent(String event) {
			this.event = event;
		}

	}

	/** Alibaba Cloud Function Compute. */
	public static class Aliyun {

		/** The function timeout assumed when a request sends neither x-fc-function-deadline nor the timeout header. */
		private Duration timeout = Duration.ofSeconds(60);

		/** The request header carrying the function timeout in seconds, as FC sends it to custom runtimes. */
		private String timeoutHeader = "x-fc-function-timeout";

		public Duration getTimeout() {
			return this.timeout;
		}

		public void setTimeout(Duration timeout) {
			this.timeout = timeout;
		}

		public String getTimeoutHeader() {
			return this.timeoutHeader;
		}

		public void setTimeoutHeader(String timeoutHeader) {
			this.timeoutHeader = timeoutHeader;
		}

	}

	/** Tencent Cloud SCF. */
	public static class Tencent extends PlatformDefaults {

		/** How the function is served: auto, runtime (custom runtime) or web (web and image functions). */
		private ScfMode mode = ScfMode.AUTO;

		/** The path image functions receive events on, /event-invoke as Tencent documents it. */
		private String eventPath = "/event-invoke";

		/** Where a failed start is reported on the Runtime API; Tencent documents none, so the report is best-effort. */
		private String initErrorPath = "/runtime/init/error";

		public ScfMode getMode() {
			return this.mode;
		}

		public void setMode(ScfMode mode) {
			this.mode = mode;
		}

		public String getEventPath() {
			return this.eventPath;
		}

		public void setEventPath(String eventPath) {
			this.eventPath = eventPath;
		}

		public String getInitErrorPath() {
			return this.initErrorPath;
		}

		public void setInitErrorPath(String initErrorPath) {
			this.initErrorPath = initErrorPath;
		}

	}

	/** Huawei Cloud FunctionGraph. */
	public static class Huawei extends PlatformDefaults {

		/** How the function is served: auto, handler (built-in runtime), runtime (custom runtime) or http (HTTP function, container image). */
		private FgMode mode = FgMode.AUTO;

		public FgMode getMode() {
			return this.mode;
		}

		public void setMode(FgMode mode) {
			this.mode = mode;
		}

	}

	/**
	 * What a custom runtime or HTTP function assumes when the platform does not say: SCF's
	 * events and FunctionGraph's environment normally carry both.
	 */
	public static class PlatformDefaults {

		/** The function timeout assumed when the platform does not give one (both clouds' default). */
		private Duration timeout = Duration.ofSeconds(3);

		/** The memory reported when the platform does not give it, in MB (both clouds' default). */
		private int memoryMb = 128;

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

	}

}
