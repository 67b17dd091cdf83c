package io.github.fnspring.autoconfigure;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

import org.apache.commons.logging.Log;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;

import io.github.fnspring.platform.PlatformChoice;

/**
 * Where a web application's own server listens, unless the application says: in a cloud, on
 * all interfaces and the port its platform sends HTTP to ({@code FC_CUSTOM_LISTEN_PORT} or 9000
 * on FC, 9000 on SCF, 8000 on FunctionGraph); locally on loopback only, as fn-spring's own
 * server, so that nothing of a developer's machine is reachable from outside by default. In a
 * reactive application with Micrometer's context propagation on the class path, Reactor
 * propagates thread-local context automatically, so that a request's {@code FnContext} follows
 * its work.
 */
class WebServerEnvironmentPostProcessor implements EnvironmentPostProcessor {

	private static final String PROPERTY_SOURCE = "fnWebServerDefaults";

	private static final String PORT = "server.port";

	private static final String ADDRESS = "server.address";

	private static final String CONTEXT_PROPAGATION = "spring.reactor.context-propagation";

	private final Log logger;

	WebServerEnvironmentPostProcessor(DeferredLogFactory logFactory) {
		this.logger = logFactory.getLog(WebServerEnvironmentPostProcessor.class);
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		PlatformChoice choice = PlatformChoice.of(environment,
				PlatformChoice.registered(application.getClassLoader()));
		Map<String, Object> defaults = new HashMap<>();
		// all interfaces only where the platform sends HTTP to the server: in an event mode a
		// server that is there anyway (no in-process one) serves this machine alone
		boolean platformSendsHttp = choice.inCloud() && choice.platform().servesHttp(environment);
		if (!environment.containsProperty(ADDRESS)) {
			defaults.put(ADDRESS, platformSendsHttp ? "0.0.0.0" : "127.0.0.1");
		}
		OptionalInt platformPort = choice.platform().httpPort(environment);
		if (platformSendsHttp && platformPort.isPresent()) {
			if (!environment.containsProperty(PORT)) {
				defaults.put(PORT, platformPort.getAsInt());
			}
			else if (!Integer.valueOf(platformPort.getAsInt()).equals(configuredPort(environment))) {
				// the application's setting wins, but the platform will not find the server there
				this.logger.warn("server.port is " + environment.getProperty(PORT) + ", but the platform ("
						+ choice.platform().id() + ") sends HTTP to port " + platformPort.getAsInt()
						+ ": it will not reach the application. Remove server.port in the cloud, or set it to "
						+ platformPort.getAsInt() + ".");
			}
		}
		// A reactive request's work changes threads: its FnContext must follow it to each
		if (isReactive(environment, application) && !environment.containsProperty(CONTEXT_PROPAGATION)
				&& ClassUtils.isPresent("io.micrometer.context.ContextRegistry", application.getClassLoader())) {
			defaults.put(CONTEXT_PROPAGATION, "auto");
		}
		if (!defaults.isEmpty()) {
			environment.getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE, defaults));
		}
	}

	private static @Nullable Integer configuredPort(ConfigurableEnvironment environment) {
		try {
			return environment.getProperty(PORT, Integer.class);
		}
		catch (RuntimeException ex) {
			// not a number: Spring Boot's binding says so when the server starts
			return null;
		}
	}

	/** As configured, else as Spring Boot deduced it: the property is bound to the application only later. */
	private static boolean isReactive(ConfigurableEnvironment environment, SpringApplication application) {
		String configured = environment.getProperty("spring.main.web-application-type");
		return (configured != null) ? configured.trim().equalsIgnoreCase(WebApplicationType.REACTIVE.name())
				: application.getWebApplicationType() == WebApplicationType.REACTIVE;
	}

}
