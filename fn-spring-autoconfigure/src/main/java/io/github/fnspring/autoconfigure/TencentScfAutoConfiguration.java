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
import io.github.fnspring.runtime.DispatchingEventHandler;
import io.github.fnspring.runtime.LocalRuntimeApi;
import io.github.fnspring.runtime.RuntimeApiLoop;
import io.github.fnspring.server.FnHttpServer;
import io.github.fnspring.tencent.ScfApiGatewayEvent;
import io.github.fnspring.tencent.ScfContextFactory;
import io.github.fnspring.tencent.ScfDefaults;
import io.github.fnspring.tencent.ScfEventTranslator;
import io.github.fnspring.tencent.ScfProtocolHandler;
import io.github.fnspring.tencent.ScfRuntimeApi;
import io.github.fnspring.tencent.ScfErrorBody;

/**
 * Tencent SCF: a custom runtime polling the Runtime API (against a local Runtime API when
 * run outside SCF), or a web or image function serving HTTP on port 9000.
 */
@AutoConfiguration(before = FnAutoConfiguration.class)
@ConditionalOnVendor(Vendor.TENCENT)
public class TencentScfAutoConfiguration {

	/** SCF's limit for synchronous events and request bodies. */
	static final DataSize SCF_MAX_EVENT_SIZE = DataSize.ofMegabytes(6);

	static final int WEB_PORT = 9000;

	@Bean
	public EventTranslator scfEventTranslator() {
		return new ScfEventTranslator();
	}

	@Bean
	public ScfDefaults scfDefaults(FnProperties properties, Environment environment, FunctionSelector functionSelector) {
		if (VendorDetection.detect(environment).isEmpty()) {
			FnProperties.Local local = properties.getLocal();
			return ScfDefaults.local(functionSelector.defaultName(), local.getMemoryMb(), local.getTimeout(),
					local.getRegion());
		}
		FnProperties.Tencent tencent = properties.getTencent();
		return ScfDefaults.fromEnvironment(environment, tencent.getMemoryMb(), tencent.getTimeout());
	}

	@Bean
	public ScfContextFactory scfContextFactory(ScfDefaults defaults, ConfigurableEnvironment environment) {
		// User data are the function's environment variables, not every Spring property.
		return new ScfContextFactory(defaults, (key) -> (String) environment.getSystemEnvironment().get(key),
				InstantSource.system());
	}

	@Bean
	public EventDispatcher scfEventDispatcher(FunctionInvoker invoker, FnProperties properties) {
		return new EventDispatcher(invoker, new ScfApiGatewayEvent(), properties.getError().isIncludeMessage());
	}

	/** Custom runtime: the Runtime API poll loop. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnPlatformMode("RUNTIME")
	static class RuntimeConfiguration {

		@Bean
		DispatchingEventHandler scfRuntimeEventHandler(ScfContextFactory contextFactory, EventDispatcher dispatcher,
				FnProperties properties) {
			boolean includeStackTrace = properties.getError().isIncludeStacktrace();
			return new DispatchingEventHandler(contextFactory::fromRuntimeEvent, dispatcher,
					(failure, context) -> ScfErrorBody.of(failure, context.requestId(), includeStackTrace),
					properties.getServer().maxRequestBytesOr(SCF_MAX_EVENT_SIZE));
		}

		/** Outside SCF: a local Runtime API to curl events at, on {@code fn.server.port} (8080). */
		@Bean(destroyMethod = "close")
		@ConditionalOnExpression("'${SCF_RUNTIME_API:}' == '' and ${fn.server.enabled:true}")
		LocalRuntimeApi scfLocalRuntimeApi(FnProperties properties, ScfDefaults defaults) throws IOException {
			return PlatformTransports.localRuntimeApi(properties, ScfRuntimeApi.PATHS,
					(requestId, submitted) -> ScfRuntimeApi.eventHeaders(requestId, submitted, defaults.memoryMb(),
							defaults.timeout().toMillis()));
		}

		@Bean
		@ConditionalOnBooleanProperty(name = "fn.server.enabled", matchIfMissing = true)
		RuntimeApiLoop scfRuntimeApiLoop(DispatchingEventHandler handler, Environment environment,
				ObjectProvider<LocalRuntimeApi> localRuntimeApi) {
			String host = environment.getProperty("SCF_RUNTIME_API");
			URI base = (host != null)
					? URI.create("http://" + host + ":" + environment.getProperty("SCF_RUNTIME_API_PORT", "9001"))
					: localRuntimeApi.getObject().baseUri();
			return new RuntimeApiLoop(base, ScfRuntimeApi.PATHS, handler);
		}

	}

	/** Web and image functions: SCF calls the app over HTTP. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnPlatformMode("WEB")
	static class WebConfiguration {

		@Bean
		ScfProtocolHandler scfProtocolHandler(ScfContextFactory contextFactory, FunctionInvoker invoker,
				EventDispatcher dispatcher, LifecycleHooks lifecycleHooks, FnProperties properties) {
			return new ScfProtocolHandler(contextFactory, invoker, dispatcher, lifecycleHooks,
					properties.getTencent().getEventPath(),
					properties.getServer().maxRequestBytesOr(SCF_MAX_EVENT_SIZE), properties.getError().isIncludeStacktrace(),
					properties.getError().isIncludeMessage());
		}

		@Bean
		@ConditionalOnBooleanProperty(name = "fn.server.enabled", matchIfMissing = true)
		FnHttpServer scfHttpServer(ScfProtocolHandler handler, FnProperties properties, Environment environment) {
			return PlatformTransports.httpServer(handler, properties, environment, WEB_PORT, SCF_MAX_EVENT_SIZE,
					"SCF web and image functions");
		}

	}

}
