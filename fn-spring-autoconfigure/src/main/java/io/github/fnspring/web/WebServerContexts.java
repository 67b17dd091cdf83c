package io.github.fnspring.web;

import org.springframework.context.ApplicationContext;

/**
 * Tells a web application's context from any other by its class alone, before any class of a
 * web server is looked up: a function application has none of them on its class path, and each
 * failed lookup searches all of it.
 */
final class WebServerContexts {

	private WebServerContexts() {
	}

	static boolean isWebServerContext(ApplicationContext context) {
		for (Class<?> type = context.getClass(); type != null; type = type.getSuperclass()) {
			String name = type.getName();
			if (name.endsWith("WebServerApplicationContext")) {
				return true;
			}
		}
		return false;
	}

}
