package io.github.fnspring.acme;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;

import io.github.fnspring.autoconfigure.FnProperties;
import io.github.fnspring.core.EventDispatcher;
import io.github.fnspring.core.EventTranslator;
import io.github.fnspring.core.FunctionInvoker;
import io.github.fnspring.core.FunctionSelector;
import io.github.fnspring.core.LifecycleHooks;
import io.github.fnspring.platform.ConditionalOnPlatform;
import io.github.fnspring.platform.FnTransport;
import io.github.fnspring.platform.PlatformEventTranslator;
import io.github.fnspring.platform.PlatformTransports;
import io.github.fnspring.server.PlatformHttpHandler;

/** Acme's wiring: its translator, and its HTTP protocol on port 7000 in its cloud. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnPlatform(AcmePlatform.ID)
public final class AcmeAutoConfiguration {

	static final int ACME_PORT = 7000;

	static final DataSize ACME_MAX_EVENT_SIZE = DataSize.ofMegabytes(1);

	@Bean
	@ConditionalOnBooleanProperty(name = "fn.server.enabled", matchIfMissing = true)
	FnTransport acmeTransport(FunctionInvoker invoker, ObjectProvider<EventTranslator> translator,
			FunctionSelector functionSelector, LifecycleHooks lifecycleHooks, FnProperties properties,
			PlatformTransports transports, Environment environment) {
		FunctionInvoker acmeInvoker = invoker
			.withTranslator(PlatformEventTranslator.applicationsOr(translator.getIfAvailable(), new AcmePlatform()));
		boolean includeMessage = properties.getError().isIncludeMessage();
		EventDispatcher dispatcher = new EventDispatcher(acmeInvoker, List.of(), includeMessage);
		String functionName = new AcmePlatform().functionName(environment).orElse(functionSelector.defaultName());
		PlatformHttpHandler handler = new PlatformHttpHandler(new AcmeHttpDialect(),
				new AcmeContextReader(functionName, transports.inCloud()), new AcmeErrorBody(), acmeInvoker,
				dispatcher, lifecycleHooks, transports.httpHandlerSettings(ACME_MAX_EVENT_SIZE, includeMessage));
		return transports.httpServer(AcmePlatform.ID, handler, ACME_PORT, ACME_MAX_EVENT_SIZE,
				PlatformTransports.DEFAULT_CONCURRENCY, "Acme Functions");
	}

}
