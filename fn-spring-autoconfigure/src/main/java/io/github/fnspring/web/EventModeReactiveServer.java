package io.github.fnspring.web;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.server.WebServer;
import org.springframework.boot.web.server.reactive.ReactiveWebServerFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * In a cloud's event mode, a reactive web application opens no port: its server factory
 * (Netty's) is replaced by one whose server takes no connections, and HTTP-trigger events reach
 * the application's handling through {@link ReactiveWebLayer}. Decided when the application
 * starts, as for servlet applications ({@link EventModeServletServer}).
 */
final class EventModeReactiveServer implements BeanPostProcessor, EnvironmentAware {

	private @Nullable Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
		if (bean instanceof ReactiveWebServerFactory && this.environment != null
				&& EventMode.of(this.environment)) {
			return (ReactiveWebServerFactory) (httpHandler) -> new NoServer();
		}
		return bean;
	}

	/** A server that takes no connections: the platform hands events over instead. */
	private static final class NoServer implements WebServer {

		@Override
		public void start() {
			// nothing listens
		}

		@Override
		public void stop() {
			// nothing to stop
		}

		@Override
		public int getPort() {
			return -1;
		}

	}

}
