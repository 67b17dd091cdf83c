package io.github.fnspring.autoconfigure;

import java.util.function.Supplier;
import java.util.stream.Collectors;

import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.function.context.FunctionCatalog;
import org.springframework.cloud.function.context.catalog.FunctionAroundWrapper;
import org.springframework.cloud.function.context.config.ContextFunctionCatalogAutoConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.messaging.converter.MessageConverter;
import org.springframework.util.StringUtils;

import tools.jackson.databind.json.JsonMapper;

import io.github.fnspring.FnContext;
import io.github.fnspring.FnCredentialsProvider;
import io.github.fnspring.FnInitializer;
import io.github.fnspring.FnPreStopHandler;
import io.github.fnspring.FnRestoreHandler;
import io.github.fnspring.core.CatalogAccess;
import io.github.fnspring.core.CurrentFnContext;
import io.github.fnspring.core.EventTranslator;
import io.github.fnspring.core.ExecutionSummaries;
import io.github.fnspring.core.ExportedFunctions;
import io.github.fnspring.core.FunctionInvoker;
import io.github.fnspring.core.FunctionSelector;
import io.github.fnspring.core.InstanceEvents;
import io.github.fnspring.core.InstanceRestore;
import io.github.fnspring.core.InvocationObservations;
import io.github.fnspring.core.InvocationTimeouts;
import io.github.fnspring.core.LatestCredentials;
import io.github.fnspring.core.LifecycleHooks;
import io.github.fnspring.core.ProcessExit;
import io.github.fnspring.core.Renewable;
import io.github.fnspring.platform.FnTransport;
import io.github.fnspring.platform.InstanceDefaults;
import io.github.fnspring.platform.PlatformChoice;
import io.github.fnspring.platform.PlatformTransports;
import io.github.fnspring.platform.RenewableDefaults;
import io.github.fnspring.platform.SharedWebServer;
import io.github.fnspring.server.LocalPages;
import io.github.fnspring.web.ReactiveWebConfiguration;
import io.github.fnspring.web.ServletWebConfiguration;
import io.github.fnspring.web.WebServers;

/**
 * The vendor-neutral core: the injectable {@link FnContext}, the exported functions, which
 * of them runs, and the invoker every vendor transport calls. Payloads are read and written
 * with the application's Jackson {@link JsonMapper}, so {@code spring.jackson.*} applies.
 */
@AutoConfiguration(after = ContextFunctionCatalogAutoConfiguration.class,
		afterName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
@EnableConfigurationProperties(FnProperties.class)
@Import({ FnPlatformImports.class, ServletWebConfiguration.class, ReactiveWebConfiguration.class })
public final class FnAutoConfiguration {

	/** Spring Cloud Function's catalog only when a function is looked up. */
	@Bean
	static LazySpringCloudFunctionBeans fnLazySpringCloudFunctionBeans() {
		return new LazySpringCloudFunctionBeans();
	}

	/**
	 * Not replaceable: the conditions and the logging defaults decide from the environment
	 * before any bean exists, and a bean of the application's own would disagree with them.
	 */
	@Bean
	PlatformChoice fnPlatformChoice(Environment environment) {
		return PlatformChoice.of(environment);
	}

	/** The JVM's exit; a test's own bean keeps a dying transport from ending the test JVM. */
	@Bean
	@ConditionalOnMissingBean
	ProcessExit fnProcessExit() {
		return ProcessExit.JVM;
	}

	/** The served platform's translator, which the application's own bean replaces. */
	@Bean
	@ConditionalOnMissingBean
	EventTranslator fnEventTranslator(PlatformChoice platformChoice) {
		return platformChoice.platform().eventTranslator();
	}

	/** A web application's own server, which the chosen platform's HTTP protocol shares. */
	@Bean
	SharedWebServer fnSharedWebServer(ApplicationContext context) {
		return WebServers.sharedBy(context);
	}

	@Bean
	@ConditionalOnMissingBean
	PlatformTransports fnPlatformTransports(FnProperties properties, PlatformChoice platformChoice,
			ProcessExit processExit, Environment environment, SharedWebServer fnSharedWebServer,
			ObjectProvider<LocalPages> localPages) {
		boolean virtualThreads = environment.getProperty("spring.threads.virtual.enabled", Boolean.class, false);
		return new PlatformTransports(properties.getServer().toTransportSettings(virtualThreads), platformChoice,
				processExit, fnSharedWebServer, () -> localPages.getIfAvailable(() -> LocalPages.NONE));
	}

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
			PlatformChoice platformChoice, Environment environment, SharedWebServer fnSharedWebServer) {
		return new FunctionSelector(exportedFunctions, properties.getFunction(),
				platformChoice.platformFunctionName(environment).orElse(null),
				environment.getProperty("spring.cloud.function.definition"), !platformChoice.inCloud(),
				fnSharedWebServer.exists());
	}

	/**
	 * The freshest credentials: each invocation's, else the newest an invocation brought,
	 * else the instance's, as the chosen platform's defaults know them now: renewed after a
	 * restore, or as they were at start for a platform that declares only an
	 * {@link InstanceDefaults}.
	 */
	@Bean
	@ConditionalOnMissingBean(FnCredentialsProvider.class)
	LatestCredentials fnCredentialsProvider(ObjectProvider<RenewableDefaults<?>> renewableDefaults,
			ObjectProvider<InstanceDefaults> instanceDefaults, PlatformChoice platformChoice) {
		String chosen = platformChoice.platform().id();
		Supplier<@Nullable InstanceDefaults> defaults = renewableDefaults.orderedStream()
			.filter((renewable) -> renewable.platform().equals(chosen))
			.findFirst()
			.<Supplier<@Nullable InstanceDefaults>>map((renewable) -> renewable::current)
			.orElseGet(() -> {
				InstanceDefaults atStart = instanceDefaults.orderedStream()
					.filter((candidate) -> candidate.platform().equals(chosen))
					.findFirst()
					.orElse(null);
				return () -> atStart;
			});
		return new LatestCredentials(() -> {
			InstanceDefaults current = defaults.get();
			return (current != null) ? current.credentials() : null;
		});
	}

	/** What a process restored from a snapshot does first: FunctionGraph's restore hook, a CRaC restore. */
	@Bean
	@ConditionalOnMissingBean
	InstanceRestore fnInstanceRestore(ObjectProvider<FnRestoreHandler> restoreHandlers,
			ObjectProvider<Renewable> renewables, ObjectProvider<LatestCredentials> latestCredentials) {
		return new InstanceRestore(restoreHandlers.orderedStream().collect(Collectors.toList()),
				renewables.orderedStream().collect(Collectors.toList()), latestCredentials.getIfAvailable());
	}

	/** Whether Spring Boot writes structured logs, to the console or a file. */
	private static boolean structuredLogging(Environment environment) {
		return StringUtils.hasText(environment.getProperty("logging.structured.format.console"))
				|| StringUtils.hasText(environment.getProperty("logging.structured.format.file"));
	}

	/** With Micrometer on the class path, the cold start is a timer, once a MeterRegistry exists. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "io.micrometer.core.instrument.MeterRegistry")
	static class MicrometerConfiguration {

		@Bean
		@ConditionalOnMissingBean
		InstanceEvents fnColdStartTimer(ObjectProvider<io.micrometer.core.instrument.MeterRegistry> meterRegistry) {
			return new ColdStartTimer(meterRegistry);
		}

	}

	/** Under a CRaC JDK, a restore runs the instance's restore sequence. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "org.crac.Resource")
	static class CracConfiguration {

		/** Made with the post-processors: registered with CRaC ahead of Spring's lifecycle processor. */
		@Bean
		static CracRestore fnCracRestore() {
			return new CracRestore();
		}

	}

	@Bean
	@ConditionalOnMissingBean
	LifecycleHooks fnLifecycleHooks(ObjectProvider<FnInitializer> initializers,
			ObjectProvider<FnPreStopHandler> preStopHandlers, ObjectProvider<ObservationRegistry> observationRegistry) {
		return new LifecycleHooks(initializers.orderedStream().collect(Collectors.toList()),
				preStopHandlers.orderedStream().collect(Collectors.toList()),
				observationRegistry.getIfAvailable(() -> ObservationRegistry.NOOP));
	}

	/**
	 * Looks the default function up once the context is ready: an unknown
	 * {@code spring.cloud.function.definition} fails the start, and the first invocation
	 * finds the function already resolved.
	 */
	@Bean
	SmartInitializingSingleton fnDefaultFunctionCheck(ObjectProvider<FunctionInvoker> invoker) {
		return () -> invoker.getObject().resolveDefault();
	}

	@Bean
	LocalPortPublisher fnLocalPortPublisher(ObjectProvider<FnTransport> transports, PlatformChoice platformChoice) {
		return new LocalPortPublisher(transports, platformChoice.platform().id());
	}

	@Bean
	PreStopOnShutdown fnPreStopOnShutdown(LifecycleHooks lifecycleHooks, PlatformChoice platformChoice) {
		return new PreStopOnShutdown(lifecycleHooks, platformChoice);
	}

	@Bean
	CdsTrainingRun fnCdsTrainingRun(FnProperties properties, ObjectProvider<FnTransport> transports,
			PlatformChoice platformChoice, SharedWebServer fnSharedWebServer, ProcessExit processExit) {
		return new CdsTrainingRun(properties.getCds(), transports, platformChoice.platform().id(), fnSharedWebServer,
				processExit::halt);
	}

	/** In a local run fn-spring ends invocations that outlive their timeout, as the clouds do. */
	@Bean
	@ConditionalOnMissingBean
	InvocationTimeouts fnInvocationTimeouts(PlatformChoice platformChoice) {
		return platformChoice.inCloud() ? InvocationTimeouts.enforcedByThePlatform()
				: InvocationTimeouts.enforcedLocally();
	}

	/** Spring Cloud Function's catalog, made when the first function is looked up. */
	@Bean
	@ConditionalOnMissingBean
	CatalogAccess fnCatalogAccess(ObjectProvider<FunctionCatalog> functionCatalog,
			ObjectProvider<FunctionAroundWrapper> functionAroundWrappers, ObjectProvider<MessageConverter> messageConverters,
			ObjectProvider<org.springframework.cloud.function.json.JsonMapper> functionJsonMappers) {
		return new SpringCloudFunctionCatalog(functionCatalog, functionAroundWrappers, messageConverters,
				functionJsonMappers);
	}

	@Bean
	@ConditionalOnMissingBean
	FunctionInvoker fnFunctionInvoker(CatalogAccess fnCatalogAccess, FunctionSelector functionSelector,
			ObjectProvider<JsonMapper> jsonMapper, ObjectProvider<EventTranslator> eventTranslator,
			LifecycleHooks lifecycleHooks, ObjectProvider<LatestCredentials> latestCredentials,
			InvocationTimeouts invocationTimeouts, PlatformChoice platformChoice,
			ObjectProvider<ObservationRegistry> observationRegistry, ObjectProvider<InstanceEvents> instanceEvents,
			Environment environment) {
		// a local run reports each invocation as the clouds' own runtimes do; on a cloud, they do
		ExecutionSummaries summaries = platformChoice.inCloud() ? ExecutionSummaries.none()
				: ExecutionSummaries.logged();
		return new FunctionInvoker(fnCatalogAccess, functionSelector, jsonMapper.getIfAvailable(JsonMapper::shared),
				eventTranslator.getIfAvailable(() -> EventTranslator.NONE), lifecycleHooks,
				latestCredentials.getIfAvailable(), invocationTimeouts, summaries,
				new InvocationObservations(observationRegistry.getIfAvailable(() -> ObservationRegistry.NOOP),
						instanceEvents.getIfAvailable(() -> InstanceEvents.NONE), structuredLogging(environment)));
	}

}
