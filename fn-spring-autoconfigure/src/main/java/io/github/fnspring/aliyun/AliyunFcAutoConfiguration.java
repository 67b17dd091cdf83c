package io.github.fnspring.aliyun;

import java.time.InstantSource;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
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
import io.github.fnspring.autoconfigure.FnProperties;
import io.github.fnspring.core.EventDispatcher;
import io.github.fnspring.core.EventTranslator;
import io.github.fnspring.core.FunctionInvoker;
import io.github.fnspring.core.FunctionSelector;
import io.github.fnspring.core.LifecycleHooks;
import io.github.fnspring.core.WebLayer;
import io.github.fnspring.platform.ConditionalOnPlatform;
import io.github.fnspring.platform.FnTransport;
import io.github.fnspring.platform.FunctionEnvironment;
import io.github.fnspring.platform.PlatformEventTranslator;
import io.github.fnspring.platform.PlatformTransports;
import io.github.fnspring.platform.RenewableDefaults;
import io.github.fnspring.server.PlatformHttpHandler;

/**
 * Alibaba Function Compute's custom-runtime protocol, on FC and in local runs (which speak
 * the same protocol on localhost unless {@code fn.vendor} chooses another platform).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnPlatform(AliyunPlatform.ID)
@EnableConfigurationProperties(AliyunProperties.class)
final class AliyunFcAutoConfiguration {

	static final int FC_DEFAULT_PORT = 9000;

	/** FC's limit for synchronous invocations. */
	static final DataSize FC_MAX_REQUEST_SIZE = DataSize.ofMegabytes(32);

	@Bean
	@ConditionalOnMissingBean
	FcDefaults fcDefaults(FnProperties properties, AliyunProperties aliyun, PlatformTransports transports,
			Environment environment, FunctionSelector functionSelector) {
		return transports.inCloud() ? FcDefaults.fromEnvironment(environment, aliyun.getTimeout())
				: FcDefaults.local(functionSelector.defaultName(), properties.getLocal());
	}

	/** The defaults invocations read, read again when the instance is restored from a snapshot. */
	@Bean
	RenewableDefaults<FcDefaults> fcRenewableDefaults(FcDefaults defaults, Environment environment) {
		return new RenewableDefaults<>(FcDefaults.class, defaults, environment);
	}

	@Bean
	@ConditionalOnMissingBean
	FcContextFactory fcContextFactory(RenewableDefaults<FcDefaults> defaults, AliyunProperties aliyun,
			ConfigurableEnvironment environment) {
		return new FcContextFactory(defaults, aliyun.getTimeoutHeader(), FunctionEnvironment.userData(environment),
				InstantSource.system());
	}

	/**
	 * FC's custom-runtime and custom-container protocol: the one HTTP protocol handler in FC's
	 * dialect, whose events may be FC's JSON HTTP-trigger events, answered in their envelope.
	 */
	@Bean
	@ConditionalOnMissingBean(name = "fcProtocolHandler")
	PlatformHttpHandler fcProtocolHandler(FcContextFactory contextFactory, FunctionInvoker invoker,
			ObjectProvider<EventTranslator> translator, LifecycleHooks lifecycleHooks, FnProperties properties,
			PlatformTransports transports, ObjectProvider<WebLayer> webLayer) {
		FunctionInvoker fcInvoker = invoker.withTranslator(
				PlatformEventTranslator.applicationsOr(translator.getIfAvailable(), new AliyunPlatform()));
		FnProperties.Error error = properties.getError();
		EventDispatcher dispatcher = new EventDispatcher(fcInvoker, List.of(new FcHttpTriggerEvent()),
				error.isIncludeMessage(), webLayer.getIfAvailable());
		return new PlatformHttpHandler(new FcHttpDialect(), contextFactory, new FcErrorBody(error.eventErrorDetail()),
				fcInvoker, dispatcher, lifecycleHooks,
				transports.httpHandlerSettings(FC_MAX_REQUEST_SIZE, error.isIncludeMessage()));
	}

	@Bean
	@ConditionalOnBooleanProperty(name = "fn.server.enabled", matchIfMissing = true)
	FnTransport fcTransport(PlatformHttpHandler fcProtocolHandler, PlatformTransports transports,
			Environment environment) {
		return transports.httpServer(AliyunPlatform.ID, fcProtocolHandler,
				new AliyunPlatform().httpPort(environment).getAsInt(), FC_MAX_REQUEST_SIZE,
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
