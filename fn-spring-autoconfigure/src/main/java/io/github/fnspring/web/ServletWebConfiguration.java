package io.github.fnspring.web;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

import io.github.fnspring.core.WebLayer;
import io.github.fnspring.platform.SharedWebServer;

/**
 * In a servlet web application, the platform's calls are served on the application's web
 * server by the first of its filters, ahead of its own filters and controllers.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = { "jakarta.servlet.Filter",
		"org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext" })
public class ServletWebConfiguration {

	/** In a cloud's event mode: no port, and HTTP-trigger events served in process. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "org.springframework.cloud.function.serverless.web.ServerlessMVC")
	static class EventModeConfiguration {

		@Bean
		static EventModeServletServer fnEventModeServletServer() {
			return new EventModeServletServer();
		}

		/** In process without a port, else through the application's own server. */
		@Bean
		WebLayer fnWebLayer(ApplicationContext application, Environment environment,
				ForwardedInvocations fnForwardedInvocations) {
			return EventMode.of(environment) ? new ServletWebLayer((ServletWebServerApplicationContext) application)
					: new LoopbackWebLayer(application, environment, fnForwardedInvocations);
		}

	}

	@Bean
	ForwardedInvocations fnForwardedInvocations() {
		return new ForwardedInvocations();
	}

	/**
	 * Without Spring Cloud Function's serverless-web, HTTP-trigger events are served through
	 * the application's own server, which then also has a port in event modes.
	 */
	@Bean
	@ConditionalOnMissingBean(WebLayer.class)
	WebLayer fnWebLayer(ApplicationContext application, Environment environment,
			ForwardedInvocations fnForwardedInvocations) {
		return new LoopbackWebLayer(application, environment, fnForwardedInvocations);
	}

	@Bean
	FilterRegistrationBean<PlatformCallsFilter> fnPlatformCallsFilter(SharedWebServer fnSharedWebServer,
			ForwardedInvocations fnForwardedInvocations) {
		FilterRegistrationBean<PlatformCallsFilter> registration = new FilterRegistrationBean<>(
				new PlatformCallsFilter(fnSharedWebServer, fnForwardedInvocations));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		return registration;
	}

}
