package io.github.fnspring.aliyun;

import java.time.InstantSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;

import io.github.fnspring.FnCredentialsProvider;
import io.github.fnspring.FnInitializer;
import io.github.fnspring.FnPreStopHandler;
import io.github.fnspring.autoconfigure.FnAutoConfiguration;
import io.github.fnspring.autoconfigure.FnProperties;
import io.github.fnspring.core.EventTranslator;
import io.github.fnspring.core.FunctionInvoker;
import io.github.fnspring.core.FunctionSelector;
import io.github.fnspring.core.LatestCredentials;
import io.github.fnspring.core.LifecycleHooks;
import io.github.fnspring.platform.ConditionalOnPlatform;
import io.github.fnspring.platform.FnTransport;
import io.github.fnspring.platform.PlatformEventTranslator;
import io.github.fnspring.platform.PlatformTransports;

/**
 * Alibaba Function Compute's custom-runtime protocol, on FC and in local runs (which speak
 * the same protocol on localhost unless {@code fn.vendor} chooses another platform).
 */
@AutoConfiguration(before = FnAutoConfiguration.class)
@ConditionalOnPlatform(AliyunPlatform.ID)
@EnableConfigurationProperties(AliyunProperties.class)
public final class AliyunFcAutoConfiguration {

	static final int FC_DEFAULT_PORT = 9000;

	/** FC's limit for synchronous invocations. */
	static final DataSize FC_MAX_REQUEST_SIZE = DataSize.ofMegabytes(32);

	@Bean
	@ConditionalOnMissingBean(value = EventTranslator.class, ignored = PlatformEventTranslator.class)
	FcEventTranslator fcEventTranslator() {
		return new FcEventTranslator();
	}

	@Bean
	@ConditionalOnMissingBean
	FcDefaults fcDefaults(FnProperties properties, AliyunProperties aliyun, PlatformTransports transports,
			Environment environment, FunctionSelector functionSelector) {
		if (!transports.inCloud()) {
			FnProperties.Local local = properties.getLocal();
			return FcDefaults.local(functionSelector.defaultName(), local.getMemoryMb(), local.getTimeout(),
					local.getRegion());
		}
		return FcDefaults.fromEnvironment(environment, aliyun.getTimeout());
	}

	/** The freshest credentials: each invocation's, else the newest seen, else the instance's. */
	@Bean
	@ConditionalOnMissingBean(FnCredentialsProvider.class)
	LatestCredentials fnCredentialsProvider(FcDefaults defaults) {
		return new LatestCredentials(defaults.credentials());
	}

	@Bean
	@ConditionalOnMissingBean
	FcContextFactory fcContextFactory(FcDefaults defaults, AliyunProperties aliyun,
			ConfigurableEnvironment environment) {
		// User data are the function's environment variables, not every Spring property.
		return new FcContextFactory(defaults, aliyun.getTimeoutHeader(),
				(key) -> (String) environment.getSystemEnvironment().get(key), InstantSource.system());
	}

	@Bean
	@ConditionalOnMissingBean
	FcProtocolHandler fcProtocolHandler(FcContextFactory contextFactory, FunctionInvoker invoker,
			ObjectProvider<EventTranslator> translators, LifecycleHooks lifecycleHooks, FnProperties properties,
			PlatformTransports transports) {
		FunctionInvoker fcInvoker = invoker
			.withTranslator(PlatformEventTranslator.forPlatform(translators, FcEventTranslator.class));
		return new FcProtocolHandler(contextFactory, fcInvoker, lifecycleHooks,
				transports.settings().maxRequestBytesOr(FC_MAX_REQUEST_SIZE), properties.getError().eventErrorDetail(),
				properties.getError().isIncludeMessage());
	}

	@Bean
	@ConditionalOnBooleanProperty(name = "fn.server.enabled", matchIfMissing = true)
	FnTransport fcTransport(FcProtocolHandler handler, PlatformTransports transports, Environment environment) {
		return transports.httpServer(AliyunPlatform.ID, handler,
				environment.getProperty("FC_CUSTOM_LISTEN_PORT", Integer.class, FC_DEFAULT_PORT), FC_MAX_REQUEST_SIZE,
				PlatformTransports.DEFAULT_CONCURRENCY, "the Function Compute protocol");
	}

	/** Runs FC SDK initializer and pre-stop beans too, so code written for FC's SDK keeps working. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "com.aliyun.fc.runtime.FunctionInitializer")
	static class FcSdkHooksConfiguration {

		@Bean
		FnInitializer fcSdkInitializers(ObjectProvider<com.aliyun.fc.runtime.FunctionInitializer> initializers) {
			return FcSdkHooks.initializers(initializers);
		}

		@Bean
		FnPreStopHandler fcSdkPreStopHandlers(ObjectProvider<com.aliyun.fc.runtime.PreStopHandler> handlers) {
			return FcSdkHooks.preStopHandlers(handlers);
		}

	}

	/** Alibaba Cloud's credentials provider over the freshest credentials, when its SDK is there. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "com.aliyun.credentials.provider.AlibabaCloudCredentialsProvider")
	static class FcCredentialsProviderConfiguration {

		@Bean
		@ConditionalOnMissingBean
		FcCredentialsProvider fcCredentialsProvider(FnCredentialsProvider credentials) {
			return new FcCredentialsProvider(credentials);
		}

	}

}
