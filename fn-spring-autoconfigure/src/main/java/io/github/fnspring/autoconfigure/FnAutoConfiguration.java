package io.github.fnspring.autoconfigure;

import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.function.context.FunctionCatalog;
import org.springframework.cloud.function.context.config.ContextFunctionCatalogAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

import tools.jackson.databind.json.JsonMapper;

import io.github.fnspring.FnContext;
import io.github.fnspring.FnCredentialsProvider;
import io.github.fnspring.FnInitializer;
import io.github.fnspring.FnPreStopHandler;
import io.github.fnspring.Vendor;
import io.github.fnspring.core.CurrentFnContext;
import io.github.fnspring.core.EventTranslator;
import io.github.fnspring.core.ExportedFunctions;
import io.github.fnspring.core.FunctionInvoker;
import io.github.fnspring.core.FunctionSelector;
import io.github.fnspring.core.LatestCredentials;
import io.github.fnspring.core.LifecycleHooks;
import io.github.fnspring.server.FnHttpServer;

/**
 * The vendor-neutral core: the injectable {@link FnContext}, the exported functions, which
 * of them runs, and the invoker every vendor transport calls. Payloads are read and written
 * with the application's Jackson {@link JsonMapper}, so {@code spring.jackson.*} applies.
 */
@AutoConfiguration(after = ContextFunctionCatalogAutoConfiguration.class,
		afterName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
@EnableConfigurationProperties(FnProperties.class)
public final class FnAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	FnContext fnContext() {
		return new CurrentFnContext();
	}

	@Bean
	@ConditionalOnMissingBean
	ExportedFunctions fnExportedFunctions(ConfigurableListableBeanFactory beanFactory) {
		return ExportedFunctions.discover(beanFactory);
	}

	@Bean
	@ConditionalOnMissingBean
	FunctionSelector fnFunctionSelector(ExportedFunctions exportedFunctions, FnProperties properties,
			Environment environment) {
		Vendor vendor = VendorDetection.resolve(environment);
		return new FunctionSelector(exportedFunctions, properties.getFunction(),
				VendorDetection.platformFunctionName(environment, vendor),
				environment.getProperty("spring.cloud.function.definition"),
				!VendorDetection.runsInCloud(environment));
	}

	/**
	 * The credentials provider when no platform configuration gave one with its instance
	 * credentials; each platform's gives its own.
	 */
	@Bean
	@ConditionalOnMissingBean(FnCredentialsProvider.class)
	LatestCredentials fnCredentialsProvider() {
		return new LatestCredentials(null);
	}

	@Bean
	@ConditionalOnMissingBean
	LifecycleHooks fnLifecycleHooks(ObjectProvider<FnInitializer> initializers,
			ObjectProvider<FnPreStopHandler> preStopHandlers) {
		return new LifecycleHooks(initializers.orderedStream().collect(Collectors.toList()),
				preStopHandlers.orderedStream().collect(Collectors.toList()));
	}

	/**
	 * Looks the default function up once the context is ready: an unknown
	 * {@code spring.cloud.function.definition} fails the start, and the first invocation
	 * finds the function already resolved.
	 */
	@Bean
	SmartInitializingSingleton fnDefaultFunctionCheck(ObjectProvider<FunctionInvoker> invoker) {
		return () -> invoker.getObject().resolve(null);
	}

	@Bean
	LocalPortPublisher fnLocalPortPublisher(ObjectProvider<FnHttpServer> httpServer,
			ObjectProvider<PlatformTransport> platformTransport) {
		return new LocalPortPublisher(httpServer, platformTransport);
	}

	@Bean
	PreStopOnShutdown fnPreStopOnShutdown(LifecycleHooks lifecycleHooks, Environment environment) {
		return new PreStopOnShutdown(lifecycleHooks, VendorDetection.resolve(environment));
	}

	@Bean
	CdsTrainingRun fnCdsTrainingRun(FnProperties properties, ObjectProvider<FnHttpServer> httpServer,
			ObjectProvider<PlatformTransport> platformTransport) {
		return new CdsTrainingRun(properties.getCds(), httpServer, platformTransport, Runtime.getRuntime()::halt);
	}

	@Bean
	@ConditionalOnMissingBean
	FunctionInvoker fnFunctionInvoker(FunctionCatalog functionCatalog, FunctionSelector functionSelector,
			ObjectProvider<JsonMapper> jsonMapper, ObjectProvider<EventTranslator> eventTranslator,
			LifecycleHooks lifecycleHooks, ObjectProvider<LatestCredentials> latestCredentials) {
		return new FunctionInvoker(functionCatalog, functionSelector, jsonMapper.getIfAvailable(JsonMapper::shared),
				eventTranslator.getIfAvailable(() -> EventTranslator.NONE), lifecycleHooks,
				latestCredentials.getIfAvailable());
	}

}
