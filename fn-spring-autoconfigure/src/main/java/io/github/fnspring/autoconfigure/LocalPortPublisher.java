package io.github.fnspring.autoconfigure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ApplicationContextEvent;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.ContextStartedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;

import io.github.fnspring.platform.FnTransport;

/**
 * Publishes the ports the transports listen on, as Spring Boot publishes
 * {@code local.server.port}: {@code local.fn.port} is the chosen platform's (the HTTP server's,
 * or the local Runtime API's in a local run of a custom runtime), and {@code local.fn.<id>.port}
 * each platform's, for local runs that serve several. Tests and tools read them (for example
 * {@code @Value("${local.fn.port}")}) instead of reaching into a transport. Transports start
 * when the context refreshes (or a stopped one starts again), so the ports are known by the
 * time this runs; none is published for a transport that listens on none.
 */
final class LocalPortPublisher implements ApplicationListener<ApplicationContextEvent> {

	static final String PROPERTY = "local.fn.port";

	private static final String SOURCE = "fn.ports";

	private final ObjectProvider<FnTransport> transports;

	private final String primaryPlatform;

	LocalPortPublisher(ObjectProvider<FnTransport> transports, String primaryPlatform) {
		this.transports = transports;
		this.primaryPlatform = primaryPlatform;
	}

	@Override
	public void onApplicationEvent(ApplicationContextEvent event) {
		// Transports start at the end of refresh, and again when a stopped context starts
		boolean started = event instanceof ContextRefreshedEvent || event instanceof ContextStartedEvent;
		if (!started || !(event.getApplicationContext() instanceof ConfigurableApplicationContext context)) {
			return;
		}
		Map<String, Object> ports = new HashMap<>();
		List<FnTransport> listening = this.transports.orderedStream()
			.filter((transport) -> transport.port().isPresent())
			.toList();
		for (FnTransport transport : listening) {
			int port = transport.port().getAsInt();
			if (transport.platform().equals(this.primaryPlatform) || !ports.containsKey(PROPERTY)) {
				ports.put(PROPERTY, port);
			}
			ports.put("local.fn." + transport.platform() + ".port", port);
		}
		if (!ports.isEmpty()) {
			publish(context, ports);
		}
	}

	@SuppressWarnings("unchecked")
	private static void publish(ConfigurableApplicationContext context, Map<String, Object> ports) {
		MutablePropertySources sources = context.getEnvironment().getPropertySources();
		PropertySource<?> source = sources.get(SOURCE);
		if (source == null) {
			source = new MapPropertySource(SOURCE, new HashMap<>());
			sources.addFirst(source);
		}
		((Map<String, Object>) source.getSource()).putAll(ports);
	}

}
