package io.github.fnspring.web;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
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

		@Bean
		WebLayer fnWebLayer(ApplicationContext application, Environment environment) {
			return new ServletWebLayer((ServletWebServerApplicationContext) application,
					EventMode.of(environment));
		}

	}

	@Bean
	FilterRegistrationBean<PlatformCallsFilter> fnPlatformCallsFilter(SharedWebServer fnSharedWebServer) {
		FilterRegistrationBean<PlatformCallsFilter> registration = new FilterRegistrationBean<>(
				new PlatformCallsFilter(fnSharedWebServer));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		return registration;
	}

}
