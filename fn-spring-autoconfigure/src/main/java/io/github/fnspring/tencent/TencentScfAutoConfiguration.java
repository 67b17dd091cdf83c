package io.github.fnspring.tencent;

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

/**
 * Tencent SCF: a custom runtime polling the Runtime API (against a local Runtime API when
 * run outside SCF), or a web or image function serving HTTP on port 9000.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnPlatform(TencentPlatform.ID)
@EnableConfigurationProperties(TencentProperties.class)
final class TencentScfAutoConfiguration {

	/** SCF's limit for synchronous events and request bodies. */
	static final DataSize SCF_MAX_EVENT_SIZE = DataSize.ofMegabytes(6);

	static final int WEB_PORT = 9000;

	@Bean
	@ConditionalOnMissingBean
	ScfDefaults scfDefaults(FnProperties properties, TencentProperties tencent, PlatformTransports transports,
			Environment environment, FunctionSelector functionSelector) {
		return transports.inCloud() ? ScfDefaults.fromEnvironment(environment, tencent)
				: ScfDefaults.local(functionSelector.defaultName(), properties.getLocal());
	}

	/** The defaults invocations read, read again when the instance is restored from a snapshot. */
	@Bean
	RenewableDefaults<ScfDefaults> scfRenewableDefaults(ScfDefaults defaults, Environment environment) {
		return new RenewableDefaults<>(ScfDefaults.class, defaults, environment);
	}

	@Bean
	@ConditionalOnMissingBean
	ScfContextFactory scfContextFactory(RenewableDefaults<ScfDefaults> defaults, ConfigurableEnvironment environment) {
		return new ScfContextFactory(defaults, FunctionEnvironment.userData(environment), InstantSource.system());
	}

	@Bean
	@ConditionalOnMissingBean(name = "scfEventDispatcher")
	EventDispatcher scfEventDispatcher(FunctionInvoker invoker, ObjectProvider<EventTranslator> translator,
			FnProperties properties, ObjectProvider<WebLayer> webLayer) {
		EventTranslator platformTranslator = PlatformEventTranslator.applicationsOr(translator.getIfAvailable(),
				new TencentPlatform());
		return new EventDispatcher(invoker.withTranslator(platformTranslator),
				List.of(new ScfFunctionUrlEvent(), new ScfApiGatewayEvent()), properties.getError().isIncludeMessage(),
				webLayer.getIfAvailable());
	}

	@Bean
	ScfModes scfModes(ScfContextFactory contextFactory, EventDispatcher scfEventDispatcher,
			LifecycleHooks lifecycleHooks, ScfDefaults defaults, FnProperties properties, TencentProperties tencent,
			PlatformTransports transports, Environment environment) {
		return new ScfModes(contextFactory, scfEventDispatcher, lifecycleHooks, defaults, properties, tencent,
				transports, environment);
	}

	/** The custom runtime's loop or the web function's server, whichever mode the application serves. */
	@Bean
	@ConditionalOnBooleanProperty(name = "fn.server.enabled", matchIfMissing = true)
	FnTransport scfTransport(ScfModes scfModes) {
		return scfModes.transport(scfModes.served());
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
