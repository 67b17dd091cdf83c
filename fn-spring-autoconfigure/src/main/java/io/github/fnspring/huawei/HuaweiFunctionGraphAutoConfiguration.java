package io.github.fnspring.huawei;

import java.time.InstantSource;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
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
 * Huawei FunctionGraph: the built-in Java runtime (through {@code FunctionGraphHandler}, no
 * transport of ours), a custom runtime polling the Runtime API (a local one outside
 * FunctionGraph), or an HTTP function or container image serving port 8000.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnPlatform(HuaweiPlatform.ID)
@EnableConfigurationProperties(HuaweiProperties.class)
final class HuaweiFunctionGraphAutoConfiguration {

	/** FunctionGraph's limit for synchronous events. */
	static final DataSize FG_MAX_EVENT_SIZE = DataSize.ofMegabytes(6);

	static final int HTTP_PORT = 8000;

	/** The most requests FunctionGraph sends one instance of an HTTP function at once. */
	static final int HTTP_CONCURRENCY = 1000;

	@Bean
	@ConditionalOnMissingBean
	FgDefaults fgDefaults(FnProperties properties, HuaweiProperties huawei, PlatformTransports transports,
			Environment environment, FunctionSelector functionSelector) {
		return transports.inCloud() ? FgDefaults.fromEnvironment(environment, huawei)
				: FgDefaults.local(functionSelector.defaultName(), properties.getLocal());
	}

	/** The defaults invocations read, read again when the instance is restored from a snapshot. */
	@Bean
	RenewableDefaults<FgDefaults> fgRenewableDefaults(FgDefaults defaults, Environment environment) {
		return new RenewableDefaults<>(FgDefaults.class, defaults, environment);
	}

	@Bean
	@ConditionalOnMissingBean
	FgContextFactory fgContextFactory(RenewableDefaults<FgDefaults> defaults, ConfigurableEnvironment environment) {
		return new FgContextFactory(defaults, FunctionEnvironment.userData(environment), InstantSource.system());
	}

	/** Also what the built-in runtime's entry point dispatches to ({@link FgApplication}). */
	@Bean
	@ConditionalOnMissingBean(name = FgApplication.DISPATCHER_BEAN)
	EventDispatcher fgEventDispatcher(FunctionInvoker invoker, ObjectProvider<EventTranslator> translator,
			FnProperties properties, ObjectProvider<WebLayer> webLayer) {
		EventTranslator platformTranslator = PlatformEventTranslator.applicationsOr(translator.getIfAvailable(),
				new HuaweiPlatform());
		return new EventDispatcher(invoker.withTranslator(platformTranslator),
				List.of(new FgApigEvent()), properties.getError().isIncludeMessage(), webLayer.getIfAvailable());
	}

	@Bean
	FgModes fgModes(FgContextFactory contextFactory, EventDispatcher fgEventDispatcher, LifecycleHooks lifecycleHooks,
			FnProperties properties, HuaweiProperties huawei, PlatformTransports transports, Environment environment,
			ObjectProvider<ApplicationAvailability> availability, ConfigurableApplicationContext application) {
		return new FgModes(contextFactory, fgEventDispatcher, lifecycleHooks, properties, huawei, transports,
				environment, availability.getIfAvailable(), application);
	}

	/**
	 * The custom runtime's loop, the HTTP function's server, or nothing for the built-in
	 * runtime, whichever mode the application serves.
	 */
	@Bean
	@ConditionalOnBooleanProperty(name = "fn.server.enabled", matchIfMissing = true)
	FnTransport fgTransport(FgModes fgModes) {
		return fgModes.transport(fgModes.served());
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
