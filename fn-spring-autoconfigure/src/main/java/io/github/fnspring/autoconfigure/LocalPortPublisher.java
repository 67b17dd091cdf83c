package io.github.fnspring.autoconfigure;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;

import io.github.fnspring.runtime.LocalRuntimeApi;
import io.github.fnspring.server.FnHttpServer;

/**
 * Publishes the port the transport listens on as the property {@code local.fn.port}, as
 * Spring Boot publishes {@code local.server.port}: tests and tools read it (for example
 * {@code @Value("${local.fn.port}")}) instead of reaching into the transport. It is the HTTP
 * server's port, or the local Runtime API's in a local run of a custom runtime; no property
 * when the transport listens on none.
 */
final class LocalPortPublisher implements ApplicationListener<ContextRefreshedEvent> {

	static final String PROPERTY = "local.fn.port";

	private static final String SOURCE = "fn.ports";

	private final ObjectProvider<FnHttpServer> httpServer;

	private final ObjectProvider<PlatformTransport> platformTransport;

	LocalPortPublisher(ObjectProvider<FnHttpServer> httpServer, ObjectProvider<PlatformTransport> platformTransport) {
		this.httpServer = httpServer;
		this.platformTransport = platformTransport;
	}

	@Override
	public void onApplicationEvent(ContextRefreshedEvent event) {
		if (!(event.getApplicationContext() instanceof ConfigurableApplicationContext context)) {
			return;
		}
		port().ifPresent((port) -> publish(context, port));
	}

	private Optional<Integer> port() {
		FnHttpServer server = this.httpServer.getIfAvailable();
		if (server == null) {
			server = this.platformTransport.stream()
				.findFirst()
				.flatMap((transport) -> transport.find(FnHttpServer.class))
				.orElse(null);
		}
		if (server != null && server.isRunning()) {
			return Optional.of(server.getPort());
		}
		return this.platformTransport.stream()
			.findFirst()
			.flatMap((transport) -> transport.find(LocalRuntimeApi.class))
			.map(LocalRuntimeApi::port);
	}

	@SuppressWarnings("unchecked")
	private static void publish(ConfigurableApplicationContext context, int port) {
		MutablePropertySources sources = context.getEnvironment().getPropertySources();
		PropertySource<?> source = sources.get(SOURCE);
		if (source == null) {
			source = new MapPropertySource(SOURCE, new HashMap<>());
			sources.addFirst(source);
		}
		((Map<String, Object>) source.getSource()).put(PROPERTY, port);
	}

}
