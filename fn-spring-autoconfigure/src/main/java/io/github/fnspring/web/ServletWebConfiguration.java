package io.github.fnspring.web;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

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

	@Bean
	FilterRegistrationBean<PlatformCallsFilter> fnPlatformCallsFilter(SharedWebServer fnSharedWebServer) {
		FilterRegistrationBean<PlatformCallsFilter> registration = new FilterRegistrationBean<>(
				new PlatformCallsFilter(fnSharedWebServer));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		return registration;
	}

}
