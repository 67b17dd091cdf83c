package io.github.fnspring.web;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.web.server.WebServer;
import org.springframework.boot.web.server.reactive.context.ReactiveWebServerApplicationContext;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.util.ClassUtils;

import io.github.fnspring.platform.SharedWebServer;

/** The web server of a servlet or reactive web application, which fn-spring shares. */
public final class WebServers {

	private static final boolean SERVLET = ClassUtils.isPresent(
			"org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext",
			WebServers.class.getClassLoader())
			&& ClassUtils.isPresent("jakarta.servlet.Filter", WebServers.class.getClassLoader());

	private static final boolean REACTIVE = ClassUtils.isPresent(
			"org.springframework.boot.web.server.reactive.context.ReactiveWebServerApplicationContext",
			WebServers.class.getClassLoader());

	private WebServers() {
	}

	/** The application's own web server to share, or none when it is no web application. */
	public static SharedWebServer sharedBy(ApplicationContext context) {
		if (!WebServerContexts.isWebServerContext(context)) {
			// a function application: no class of a web server is looked for, which costs a
			// search of the whole class path for each one that is not there
			return SharedWebServer.none();
		}
		if (SERVLET && context instanceof ServletWebServerApplicationContext servlet) {
			return SharedWebServer.of(() -> port(servlet.getWebServer()));
		}
		if (REACTIVE && context instanceof ReactiveWebServerApplicationContext reactive) {
			return SharedWebServer.of(() -> port(reactive.getWebServer()));
		}
		return SharedWebServer.none();
	}

	private static int port(@Nullable WebServer server) {
		return (server != null) ? server.getPort() : -1;
	}

}
