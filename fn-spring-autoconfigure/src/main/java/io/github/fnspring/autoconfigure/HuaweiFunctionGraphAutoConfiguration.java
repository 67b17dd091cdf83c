package io.github.fnspring.autoconfigure;

import java.io.IOException;
import java.net.URI;
import java.time.InstantSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;

import io.github.fnspring.Vendor;
import io.github.fnspring.core.EventDispatcher;
import io.github.fnspring.core.EventTranslator;
import io.github.fnspring.core.FunctionInvoker;
import io.github.fnspring.core.FunctionSelector;
import io.github.fnspring.core.LifecycleHooks;
import io.github.fnspring.huawei.FgApigEvent;
import io.github.fnspring.huawei.FgContextFactory;
import io.github.fnspring.huawei.FgDefaults;
import io.github.fnspring.huawei.FgErrorBody;
import io.github.fnspring.huawei.FgEventTranslator;
import io.github.fnspring.huawei.FgProtocolHandler;
import io.github.fnspring.huawei.FgRuntimeApi;
import io.github.fnspring.runtime.DispatchingEventHandler;
import io.github.fnspring.runtime.LocalRuntimeApi;
import io.github.fnspring.runtime.RuntimeApiLoop;
import io.github.fnspring.server.FnHttpServer;

/**
 * Huawei FunctionGraph: the built-in Java runtime (through {@code FunctionGraphHandler}, no
 * transport of ours), a custom runtime polling the Runtime API (a local one outside
 * FunctionGraph), or an HTTP function or container image serving port 8000.
 */
@AutoConfiguration(before = FnAutoConfiguration.class)
@ConditionalOnVendor(Vendor.HUAWEI)
public class HuaweiFunctionGraphAutoConfiguration {

	/** FunctionGraph's limit for synchronous events. */
	static final DataSize FG_MAX_EVENT_SIZE = DataSize.ofMegabytes(6);

	static final int HTTP_PORT = 8000;

	@Bean
	public EventTranslator fgEventTranslator() {
		return new FgEventTranslator();
	}

	@Bean
	public FgDefaults fgDefaults(FnProperties properties, Environment environment, FunctionSelector functionSelector) {
		if (VendorDetection.detect(environment).isEmpty() && VendorDetection.fgMode(environment) != FgMode.HANDLER) {
			FnProperties.Local local = properties.getLocal();
			return FgDefaults.local(functionSelector.defaultName(), local.getMemoryMb(), local.getTimeout());
		}
		FnProperties.Huawei huawei = properties.getHuawei();
		return FgDefaults.fromEnvironment(environment, huawei.getMemoryMb(), huawei.getTimeout());
	}

	@Bean
	public FgContextFactory fgContextFactory(FgDefaults defaults, ConfigurableEnvironment environment) {
		return new FgContextFactory(defaults, (key) -> (String) environment.getSystemEnvironment().get(key),
				InstantSource.system());
	}

	@Bean
	public EventDispatcher fgEventDispatcher(FunctionInvoker invoker, FnProperties properties) {
		return new EventDispatcher(invoker, new FgApigEvent(), properties.getError().isIncludeMessage());
	}

	/** Custom runtime: the Runtime API poll loop. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnPlatformMode("RUNTIME")
	static class RuntimeConfiguration {

		@Bean
		DispatchingEventHandler fgRuntimeEventHandler(FgContextFactory contextFactory, EventDispatcher dispatcher,
				FnProperties properties) {
			boolean includeStackTrace = properties.getError().isIncludeStacktrace();
			return new DispatchingEventHandler(contextFactory::fromRuntimeEvent, dispatcher,
					(failure, context) -> FgErrorBody.of(failure, includeStackTrace),
					properties.getServer().maxRequestBytesOr(FG_MAX_EVENT_SIZE));
		}

		/** Outside FunctionGraph: a local Runtime API to curl events at, on {@code fn.server.port} (8080). */
		@Bean(destroyMethod = "close")
		@ConditionalOnExpression("'${RUNTIME_API_ADDR:}' == '' and ${fn.server.enabled:true}")
		LocalRuntimeApi fgLocalRuntimeApi(FnProperties properties) throws IOException {
			return PlatformTransports.localRuntimeApi(properties, FgRuntimeApi.PATHS, FgRuntimeApi::eventHeaders);
		}

		@Bean
		@ConditionalOnBooleanProperty(name = "fn.server.enabled", matchIfMissing = true)
		RuntimeApiLoop fgRuntimeApiLoop(DispatchingEventHandler handler, Environment environment,
				ObjectProvider<LocalRuntimeApi> localRuntimeApi) {
			String address = environment.getProperty("RUNTIME_API_ADDR");
			URI base = (address != null) ? URI.create("http://" + address) : localRuntimeApi.getObject().baseUri();
			return new RuntimeApiLoop(base, FgRuntimeApi.PATHS, handler);
		}

	}

	/** HTTP functions and container images: FunctionGraph calls the app over HTTP. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnPlatformMode("HTTP")
	static class HttpConfiguration {

		@Bean
		FgProtocolHandler fgProtocolHandler(FgContextFactory contextFactory, FunctionInvoker invoker,
				EventDispatcher dispatcher, LifecycleHooks lifecycleHooks, FnProperties properties) {
			return new FgProtocolHandler(contextFactory, invoker, dispatcher, lifecycleHooks,
					properties.getServer().maxRequestBytesOr(FG_MAX_EVENT_SIZE), properties.getError().isIncludeStacktrace(),
					properties.getError().isIncludeMessage());
		}

		@Bean
		@ConditionalOnBooleanProperty(name = "fn.server.enabled", matchIfMissing = true)
		FnHttpServer fgHttpServer(FgProtocolHandler handler, FnProperties properties, Environment environment) {
			return PlatformTransports.httpServer(handler, properties, environment, HTTP_PORT, FG_MAX_EVENT_SIZE,
					"FunctionGraph HTTP functions");
		}

	}

}
