package io.github.fnspring.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.reactive.HttpHandlerDecoratorFactory;

import io.github.fnspring.core.WebLayer;
import io.github.fnspring.platform.SharedWebServer;

/**
 * In a reactive web application, the platform's calls are served on the application's web
 * server ahead of its whole HTTP handling, which WebFlux builds with every
 * {@link HttpHandlerDecoratorFactory} bean.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@ConditionalOnClass(name = "org.springframework.boot.web.server.reactive.context.ReactiveWebServerApplicationContext")
public class ReactiveWebConfiguration {

	/** In a cloud's event mode: no port, and HTTP-trigger events served in process. */
	@Bean
	static EventModeReactiveServer fnEventModeReactiveServer() {
		return new EventModeReactiveServer();
	}

	/** HTTP-trigger events in process, in every mode: WebFlux needs no server for them. */
	@Bean
	@ConditionalOnMissingBean
	WebLayer fnWebLayer(ApplicationContext application) {
		return new ReactiveWebLayer(application);
	}

	@Bean
	HttpHandlerDecoratorFactory fnPlatformCallsDecorator(SharedWebServer fnSharedWebServer) {
		return (application) -> new PlatformCallsHttpHandler(application, fnSharedWebServer);
	}

}
