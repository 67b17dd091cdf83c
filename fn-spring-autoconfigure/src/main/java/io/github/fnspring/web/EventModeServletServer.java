package io.github.fnspring.web;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.server.servlet.ServletWebServerFactory;
import org.springframework.cloud.function.serverless.web.ServerlessAutoConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * In a cloud's event mode (an SCF or FunctionGraph custom runtime, FunctionGraph's built-in
 * runtime), a servlet web application opens no port: its server factory (Tomcat's) is
 * replaced by Spring Cloud Function's in-process one, which sets the application's servlets
 * and filters up without a server, and HTTP-trigger events reach them through
 * {@link ServletWebLayer}. Decided when the application starts, not by a condition, as one
 * package serves both kinds of mode.
 */
final class EventModeServletServer implements BeanPostProcessor, EnvironmentAware, ApplicationContextAware {

	private @Nullable Environment environment;

	private @Nullable ApplicationContext application;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void setApplicationContext(ApplicationContext application) {
		this.application = application;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
		if (!(bean instanceof ServletWebServerFactory) || bean instanceof ServerlessAutoConfiguration.ServerlessServletWebServerFactory
				|| this.environment == null || this.application == null || !EventMode.of(this.environment)) {
			return bean;
		}
		ServerlessAutoConfiguration.ServerlessServletWebServerFactory inProcess = new ServerlessAutoConfiguration.ServerlessServletWebServerFactory();
		inProcess.setApplicationContext(this.application);
		try {
			inProcess.afterPropertiesSet();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not set up the in-process web server", ex);
		}
		return inProcess;
	}

}
