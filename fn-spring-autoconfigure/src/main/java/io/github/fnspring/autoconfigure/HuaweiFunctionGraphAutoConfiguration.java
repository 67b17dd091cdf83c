package io.github.fnspring.autoconfigure;

import java.io.IOException;
import java.net.URI;
import java.time.InstantSource;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;

import io.github.fnspring.FnCredentialsProvider;
import io.github.fnspring.Vendor;
import io.github.fnspring.core.EventDispatcher;
import io.github.fnspring.core.EventTranslator;
import io.github.fnspring.core.FunctionInvoker;
import io.github.fnspring.core.FunctionSelector;
import io.github.fnspring.core.LatestCredentials;
import io.github.fnspring.core.LifecycleHooks;
import io.github.fnspring.huawei.FgApigEvent;
import io.github.fnspring.huawei.FgContextFactory;
import io.github.fnspring.huawei.FgCredentialsProvider;
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
public final class HuaweiFunctionGraphAutoConfiguration {

	/** FunctionGraph's limit for synchronous events. */
	static final DataSize FG_MAX_EVENT_SIZE = DataSize.ofMegabytes(6);

	static final int HTTP_PORT = 8000;

	/** The most requests FunctionGraph sends one instance of an HTTP function at once. */
	static final int HTTP_CONCURRENCY = 1000;

	@Bean
	@ConditionalOnMissingBean
	EventTranslator fgEventTranslator() {
		return new FgEventTranslator();
	}

	@Bean
	@ConditionalOnMissingBean
	FgDefaults fgDefaults(FnProperties properties, Environment environment, FunctionSelector functionSelector) {
		if (!VendorDetection.runsInCloud(environment)) {
			FnProperties.Local local = properties.getLocal();
			return FgDefaults.local(functionSelector.defaultName(), local.getMemoryMb(), local.getTimeout());
		}
		FnProperties.Huawei huawei = properties.getHuawei();
		return FgDefaults.fromEnvironment(environment, huawei.getMemoryMb(), huawei.getTimeout());
	}

	/** The freshest credentials: each invocation's, else the newest seen, else the instance's. */
	@Bean
	@ConditionalOnMissingBean(FnCredentialsProvider.class)
	LatestCredentials fnCredentialsProvider(FgDefaults defaults) {
		return new LatestCredentials(defaults.credentials());
	}

	@Bean
	@ConditionalOnMissingBean
	FgContextFactory fgContextFactory(FgDefaults defaults, ConfigurableEnvironment environment) {
		return new FgContextFactory(defaults, (key) -> (String) environment.getSystemEnvironment().get(key),
				InstantSource.system());
	}

	@Bean
	@ConditionalOnMissingBean
	EventDispatcher fgEventDispatcher(FunctionInvoker invoker, FnProperties properties) {
		return new EventDispatcher(invoker, List.of(new FgApigEvent()), properties.getError().isIncludeMessage());
	}

	/**
	 * A custom runtime's Runtime API loop (against a local Runtime API outside FunctionGraph),
	 * an HTTP function's server, or nothing for the built-in runtime, whichever
	 * {@link VendorDetection#fgMode} says when the application starts.
	 */
	@Bean(destroyMethod = "close")
	@ConditionalOnBooleanProperty(name = "fn.server.enabled", matchIfMissing = true)
	PlatformTransport fgTransport(FgContextFactory contextFactory, EventDispatcher dispatcher,
			FunctionInvoker invoker, LifecycleHooks lifecycleHooks, FnProperties properties, Environment environment,
			ObjectProvider<ApplicationAvailability> availability, ConfigurableApplicationContext application)
			throws IOException {
		FnProperties.Error error = properties.getError();
		long maxRequestBytes = properties.getServer().maxRequestBytesOr(FG_MAX_EVENT_SIZE);
		FgMode mode = VendorDetection.fgMode(environment);
		if (mode == FgMode.HANDLER) {
			return PlatformTransport.none();
		}
		if (mode == FgMode.HTTP) {
			FgProtocolHandler handler = new FgProtocolHandler(contextFactory, invoker, dispatcher, lifecycleHooks,
					maxRequestBytes, error.eventErrorDetail(), error.isIncludeMessage(), availability.getIfAvailable(),
					application);
			FnHttpServer server = PlatformTransports.httpServer(handler, properties, environment, HTTP_PORT,
					FG_MAX_EVENT_SIZE, HTTP_CONCURRENCY, "FunctionGraph HTTP functions");
			return PlatformTransport.of(server, server, handler);
		}
		DispatchingEventHandler handler = new DispatchingEventHandler(contextFactory, dispatcher,
				new FgErrorBody(error.eventErrorDetail()), maxRequestBytes);
		String address = environment.getProperty("RUNTIME_API_ADDR");
		if (address != null) {
			RuntimeApiLoop loop = new RuntimeApiLoop(URI.create("http://" + address), FgRuntimeApi.PATHS, handler,
				properties.getServer().runtimeApiLimits());
			return PlatformTransport.of(loop, loop, handler);
		}
		// Outside FunctionGraph: a local Runtime API to curl events at, on fn.server.port (8080).
		LocalRuntimeApi localRuntimeApi = PlatformTransports.localRuntimeApi(properties, FgRuntimeApi.PATHS,
				FgRuntimeApi::eventHeaders);
		RuntimeApiLoop loop = new RuntimeApiLoop(localRuntimeApi.baseUri(), FgRuntimeApi.PATHS, handler,
				properties.getServer().runtimeApiLimits());
		return PlatformTransport.of(loop, loop, handler, localRuntimeApi);
	}


	/** The Huawei Cloud SDK's credentials provider over the freshest credentials, when its SDK is there. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "com.huaweicloud.sdk.core.auth.ICredentialProvider")
	static class FgCredentialsProviderConfiguration {

		@Bean
		@ConditionalOnMissingBean
		FgCredentialsProvider fgCredentialsProvider(FnCredentialsProvider credentials) {
			return new FgCredentialsProvider(credentials);
		}

	}

}
