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
import org.springframework.util.ClassUtils;

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

	/** In a cloud's event mode: no port, with Spring Cloud Function's in-process server. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "org.springframework.cloud.function.serverless.web.ServerlessMVC")
	static class EventModeConfiguration {

		@Bean
		static EventModeServletServer fnEventModeServletServer() {
			return new EventModeServletServer();
		}

	}

	@Bean
	ForwardedInvocations fnForwardedInvocations() {
		return new ForwardedInvocations();
	}

	/**
	 * In process in an event mode, with serverless-web; through the application's own server
	 * where it has a port (an HTTP mode, or an event mode without serverless-web, where the
	 * server then listens on loopback only). Decided when the application starts, as one
	 * package serves both kinds of mode.
	 */
	@Bean
	@ConditionalOnMissingBean
	WebLayer fnWebLayer(ApplicationContext application, Environment environment,
			ForwardedInvocations fnForwardedInvocations) {
		if (EventMode.of(environment) && InProcessServer.PRESENT) {
			return InProcessServer.webLayer(application);
		}
		return new LoopbackWebLayer(application, environment, fnForwardedInvocations);
	}

	/** Spring Cloud Function's serverless-web, looked at only when it is on the class path. */
	private static final class InProcessServer {

		static final boolean PRESENT = ClassUtils.isPresent(
				"org.springframework.cloud.function.serverless.web.ServerlessMVC",
				ServletWebConfiguration.class.getClassLoader());

		static WebLayer webLayer(ApplicationContext application) {
			return new ServletWebLayer((ServletWebServerApplicationContext) application);
		}

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
