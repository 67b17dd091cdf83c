package io.github.fnspring.huawei;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import io.github.fnspring.autoconfigure.FnProperties;
import io.github.fnspring.core.EventDispatcher;
import io.github.fnspring.core.LifecycleHooks;
import io.github.fnspring.platform.FnTransport;
import io.github.fnspring.platform.InProcessTransport;
import io.github.fnspring.platform.PlatformModes;
import io.github.fnspring.platform.PlatformTransports;
import io.github.fnspring.runtime.DispatchingEventHandler;
import io.github.fnspring.server.PlatformHttpHandler;

/**
 * FunctionGraph's three modes: the built-in Java runtime, which calls
 * {@link FunctionGraphHandler} in process (no transport of ours); a custom runtime's Runtime
 * API loop (against a local Runtime API outside FunctionGraph); and an HTTP function's or
 * container image's server, which speaks the one HTTP protocol handler in FunctionGraph's
 * dialect behind the platform's own health check and graceful stop.
 */
final class FgModes implements PlatformModes {

	private final FgContextFactory contextFactory;

	private final EventDispatcher dispatcher;

	private final LifecycleHooks lifecycleHooks;

	private final FnProperties.Error error;

	private final HuaweiProperties huawei;

	private final PlatformTransports transports;

	private final Environment environment;

	private final @Nullable ApplicationAvailability availability;

	private final ConfigurableApplicationContext application;

	FgModes(FgContextFactory contextFactory, EventDispatcher dispatcher, LifecycleHooks lifecycleHooks,
			FnProperties properties, HuaweiProperties huawei, PlatformTransports transports, Environment environment,
			@Nullable ApplicationAvailability availability, ConfigurableApplicationContext application) {
		this.contextFactory = contextFactory;
		this.dispatcher = dispatcher;
		this.lifecycleHooks = lifecycleHooks;
		this.error = properties.getError();
		this.huawei = huawei;
		this.transports = transports;
		this.environment = environment;
		this.availability = availability;
		this.application = application;
	}

	@Override
	public String platform() {
		return HuaweiPlatform.ID;
	}

	@Override
	public List<String> modes() {
		return Arrays.stream(FgMode.values()).filter((mode) -> mode != FgMode.AUTO).map(FgModes::name).toList();
	}

	/** Resolved when the application starts, never by a condition, which an AOT build would freeze. */
	@Override
	public String served() {
		return name(FgMode.resolve(this.huawei.getMode(), this.environment));
	}

	@Override
	public FnTransport transport(String mode) {
		if (mode.equals(name(FgMode.HANDLER))) {
			return new InProcessTransport(HuaweiPlatform.ID);
		}
		if (mode.equals(name(FgMode.HTTP))) {
			return httpFunction();
		}
		if (mode.equals(name(FgMode.RUNTIME))) {
			return customRuntime();
		}
		throw new IllegalArgumentException("FunctionGraph has no mode '" + mode + "'; its modes are " + modes());
	}

	private FnTransport httpFunction() {
		PlatformHttpHandler requests = new PlatformHttpHandler(new FgHttpDialect(), this.contextFactory, errorBody(),
				this.dispatcher.invoker(), this.dispatcher, this.lifecycleHooks,
				this.transports.httpHandlerSettings(HuaweiFunctionGraphAutoConfiguration.FG_MAX_EVENT_SIZE,
						this.error.isIncludeMessage()));
		FgContainerLifecycle handler = new FgContainerLifecycle(requests, this.contextFactory, this.lifecycleHooks,
				this.availability, this.application);
		return this.transports.httpServer(HuaweiPlatform.ID, handler, HuaweiFunctionGraphAutoConfiguration.HTTP_PORT,
				HuaweiFunctionGraphAutoConfiguration.FG_MAX_EVENT_SIZE,
				HuaweiFunctionGraphAutoConfiguration.HTTP_CONCURRENCY, "FunctionGraph HTTP functions");
	}

	private FnTransport customRuntime() {
		long maxRequestBytes = this.transports.settings()
			.maxRequestBytesOr(HuaweiFunctionGraphAutoConfiguration.FG_MAX_EVENT_SIZE);
		String address = this.environment.getProperty("RUNTIME_API_ADDR");
		DispatchingEventHandler events = new DispatchingEventHandler(this.contextFactory, this.dispatcher, errorBody(),
				maxRequestBytes);
		return this.transports.customRuntime(HuaweiPlatform.ID,
				(address != null) ? URI.create("http://" + address) : null, FgRuntimeApi.PATHS,
				FgRuntimeApi::eventHeaders, events, this.dispatcher.invoker().exportedNames());
	}

	private FgErrorBody errorBody() {
		return new FgErrorBody(this.error.eventErrorDetail());
	}

	private static String name(FgMode mode) {
		return mode.name().toLowerCase(Locale.ROOT);
	}

}
