package io.github.fnspring.autoconfigure;

import java.io.IOException;
import java.net.URI;
import java.time.InstantSource;
import java.util.List;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
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
import io.github.fnspring.runtime.DispatchingEventHandler;
import io.github.fnspring.runtime.LocalRuntimeApi;
import io.github.fnspring.runtime.RuntimeApiLoop;
import io.github.fnspring.server.FnHttpServer;
import io.github.fnspring.tencent.ScfApiGatewayEvent;
import io.github.fnspring.tencent.ScfContextFactory;
import io.github.fnspring.tencent.ScfCredentialsProvider;
import io.github.fnspring.tencent.ScfDefaults;
import io.github.fnspring.tencent.ScfErrorBody;
import io.github.fnspring.tencent.ScfEventTranslator;
import io.github.fnspring.tencent.ScfFunctionUrlEvent;
import io.github.fnspring.tencent.ScfProtocolHandler;
import io.github.fnspring.tencent.ScfRuntimeApi;

/**
 * Tencent SCF: a custom runtime polling the Runtime API (against a local Runtime API when
 * run outside SCF), or a web or image function serving HTTP on port 9000.
 */
@AutoConfiguration(before = FnAutoConfiguration.class)
@ConditionalOnVendor(Vendor.TENCENT)
public final class TencentScfAutoConfiguration {

	/** SCF's limit for synchronous events and request bodies. */
	static final DataSize SCF_MAX_EVENT_SIZE = DataSize.ofMegabytes(6);

	static final int WEB_PORT = 9000;

	@Bean
	@ConditionalOnMissingBean
	EventTranslator scfEventTranslator() {
		return new ScfEventTranslator();
	}

	@Bean
	@ConditionalOnMissingBean
	ScfDefaults scfDefaults(FnProperties properties, Environment environment, FunctionSelector functionSelector) {
		if (!VendorDetection.runsInCloud(environment)) {
			FnProperties.Local local = properties.getLocal();
			return ScfDefaults.local(functionSelector.defaultName(), local.getMemoryMb(), local.getTimeout(),
					local.getRegion());
		}
		FnProperties.Tencent tencent = properties.getTencent();
		return ScfDefaults.fromEnvironment(environment, tencent.getMemoryMb(), tencent.getTimeout());
	}

	/** The freshest credentials: each invocation's, else the newest seen, else the instance's. */
	@Bean
	@ConditionalOnMissingBean(FnCredentialsProvider.class)
	LatestCredentials fnCredentialsProvider(ScfDefaults defaults) {
		return new LatestCredentials(defaults.credentials());
	}

	@Bean
	@ConditionalOnMissingBean
	ScfContextFactory scfContextFactory(ScfDefaults defaults, ConfigurableEnvironment environment) {
		// User data are the function's environment variables, not every Spring property.
		return new ScfContextFactory(defaults, (key) -> (String) environment.getSystemEnvironment().get(key),
				InstantSource.system());
	}

	@Bean
	@ConditionalOnMissingBean
	EventDispatcher scfEventDispatcher(FunctionInvoker invoker, FnProperties properties) {
		return new EventDispatcher(invoker, List.of(new ScfFunctionUrlEvent(), new ScfApiGatewayEvent()),
				properties.getError().isIncludeMessage());
	}

	/**
	 * A custom runtime's Runtime API loop (against a local Runtime API outside SCF) or a web
	 * function's HTTP server, whichever {@link VendorDetection#scfMode} says when the
	 * application starts.
	 */
	@Bean(destroyMethod = "close")
	@ConditionalOnBooleanProperty(name = "fn.server.enabled", matchIfMissing = true)
	PlatformTransport scfTransport(ScfContextFactory contextFactory, EventDispatcher dispatcher,
			FunctionInvoker invoker, LifecycleHooks lifecycleHooks, ScfDefaults defaults, FnProperties properties,
			Environment environment) throws IOException {
		FnProperties.Error error = properties.getError();
		long maxRequestBytes = properties.getServer().maxRequestBytesOr(SCF_MAX_EVENT_SIZE);
		if (VendorDetection.scfMode(environment) == ScfMode.WEB) {
			ScfProtocolHandler handler = new ScfProtocolHandler(contextFactory, invoker, dispatcher, lifecycleHooks,
					properties.getTencent().getEventPath(), maxRequestBytes, error.eventErrorDetail(),
					error.isIncludeMessage());
			FnHttpServer server = PlatformTransports.httpServer(handler, properties, environment, WEB_PORT,
					SCF_MAX_EVENT_SIZE, "SCF web and image functions");
			return PlatformTransport.of(server, server, handler);
		}
		DispatchingEventHandler handler = new DispatchingEventHandler(contextFactory, dispatcher,
				new ScfErrorBody(error.eventErrorDetail()), maxRequestBytes);
		String host = environment.getProperty("SCF_RUNTIME_API");
		if (host != null) {
			URI base = URI.create("http://" + host + ":" + environment.getProperty("SCF_RUNTIME_API_PORT", "9001"));
			RuntimeApiLoop loop = new RuntimeApiLoop(base, ScfRuntimeApi.PATHS, handler,
				properties.getServer().runtimeApiLimits());
			return PlatformTransport.of(loop, loop, handler);
		}
		// Outside SCF: a local Runtime API to curl events at, on fn.server.port (8080).
		LocalRuntimeApi localRuntimeApi = PlatformTransports.localRuntimeApi(properties, ScfRuntimeApi.PATHS,
				ScfRuntimeApi.eventHeaders(defaults.memoryMb(), defaults.timeout().toMillis()));
		RuntimeApiLoop loop = new RuntimeApiLoop(localRuntimeApi.baseUri(), ScfRuntimeApi.PATHS, handler,
				properties.getServer().runtimeApiLimits());
		return PlatformTransport.of(loop, loop, handler, localRuntimeApi);
	}


	/** The Tencent Cloud SDK's credentials provider over the freshest credentials, when its SDK is there. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "com.tencentcloudapi.common.provider.CredentialsProvider")
	static class ScfCredentialsProviderConfiguration {

		@Bean
		@ConditionalOnMissingBean
		ScfCredentialsProvider scfCredentialsProvider(FnCredentialsProvider credentials) {
			return new ScfCredentialsProvider(credentials);
		}

	}

}
