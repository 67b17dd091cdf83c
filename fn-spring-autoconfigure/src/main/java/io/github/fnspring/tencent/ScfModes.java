package io.github.fnspring.tencent;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.springframework.core.env.Environment;

import io.github.fnspring.autoconfigure.FnProperties;
import io.github.fnspring.core.EventDispatcher;
import io.github.fnspring.core.LifecycleHooks;
import io.github.fnspring.platform.FnTransport;
import io.github.fnspring.platform.PlatformModes;
import io.github.fnspring.platform.PlatformTransports;
import io.github.fnspring.runtime.DispatchingEventHandler;
import io.github.fnspring.server.PlatformHttpHandler;

/**
 * SCF's two modes: a custom runtime's Runtime API loop (against a local Runtime API outside
 * SCF), and a web or image function's HTTP server, which speaks the one HTTP protocol handler
 * in SCF's dialect: the event path is an event invocation (image functions), any other
 * request an HTTP request.
 */
final class ScfModes implements PlatformModes {

	private final ScfContextFactory contextFactory;

	private final EventDispatcher dispatcher;

	private final LifecycleHooks lifecycleHooks;

	private final ScfDefaults defaults;

	private final FnProperties.Error error;

	private final TencentProperties tencent;

	private final PlatformTransports transports;

	private final Environment environment;

	ScfModes(ScfContextFactory contextFactory, EventDispatcher dispatcher, LifecycleHooks lifecycleHooks,
			ScfDefaults defaults, FnProperties properties, TencentProperties tencent, PlatformTransports transports,
			Environment environment) {
		this.contextFactory = contextFactory;
		this.dispatcher = dispatcher;
		this.lifecycleHooks = lifecycleHooks;
		this.defaults = defaults;
		this.error = properties.getError();
		this.tencent = tencent;
		this.transports = transports;
		this.environment = environment;
	}

	@Override
	public String platform() {
		return TencentPlatform.ID;
	}

	@Override
	public List<String> modes() {
		return List.of(name(ScfMode.RUNTIME), name(ScfMode.WEB));
	}

	/** Resolved when the application starts, never by a condition, which an AOT build would freeze. */
	@Override
	public String served() {
		return name(ScfMode.resolve(this.tencent.getMode(), this.environment));
	}

	@Override
	public FnTransport transport(String mode) {
		if (mode.equals(name(ScfMode.WEB))) {
			return webFunction();
		}
		if (mode.equals(name(ScfMode.RUNTIME))) {
			return customRuntime();
		}
		throw new IllegalArgumentException("SCF has no mode '" + mode + "'; its modes are " + modes());
	}

	private FnTransport webFunction() {
		PlatformHttpHandler handler = new PlatformHttpHandler(new ScfHttpDialect(this.tencent.getEventPath()),
				this.contextFactory, errorBody(), this.dispatcher.invoker(), this.dispatcher, this.lifecycleHooks,
				this.transports.httpHandlerSettings(TencentScfAutoConfiguration.SCF_MAX_EVENT_SIZE,
						this.error.isIncludeMessage()));
		return this.transports.httpServer(TencentPlatform.ID, handler, TencentScfAutoConfiguration.WEB_PORT,
				TencentScfAutoConfiguration.SCF_MAX_EVENT_SIZE, PlatformTransports.DEFAULT_CONCURRENCY,
				"SCF web and image functions");
	}

	private FnTransport customRuntime() {
		long maxRequestBytes = this.transports.settings()
			.maxRequestBytesOr(TencentScfAutoConfiguration.SCF_MAX_EVENT_SIZE);
		String host = this.environment.getProperty("SCF_RUNTIME_API");
		URI runtimeApi = (host != null)
				? URI.create("http://" + host + ":" + this.environment.getProperty("SCF_RUNTIME_API_PORT", "9001"))
				: null;
		return this.transports.customRuntime(TencentPlatform.ID, runtimeApi, ScfRuntimeApi.PATHS,
				ScfRuntimeApi.eventHeaders(this.defaults.memoryMb(), this.defaults.timeout().toMillis()),
				new DispatchingEventHandler(this.contextFactory, this.dispatcher, errorBody(), maxRequestBytes),
				this.dispatcher.invoker().exportedNames());
	}

	private ScfErrorBody errorBody() {
		return new ScfErrorBody(this.error.eventErrorDetail());
	}

	private static String name(ScfMode mode) {
		return mode.name().toLowerCase(Locale.ROOT);
	}

}
