package io.github.fnspring.web;

import org.springframework.boot.web.server.WebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.util.ClassUtils;

import io.github.fnspring.platform.SharedWebServer;

/** The web server of a servlet web application, the one kind whose server fn-spring shares. */
public final class ServletWebServers {

	private static final boolean PRESENT = ClassUtils.isPresent(
			"org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext",
			ServletWebServers.class.getClassLoader())
			&& ClassUtils.isPresent("jakarta.servlet.Filter", ServletWebServers.class.getClassLoader());

	private ServletWebServers() {
	}

	/** The application's servlet web server to share, or none when it is no servlet web application. */
	public static SharedWebServer sharedBy(ApplicationContext context) {
		if (PRESENT && context instanceof ServletWebServerApplicationContext servlet) {
			return SharedWebServer.of(() -> {
				WebServer server = servlet.getWebServer();
				return (server != null) ? server.getPort() : -1;
			});
		}
		return SharedWebServer.none();
	}

}
