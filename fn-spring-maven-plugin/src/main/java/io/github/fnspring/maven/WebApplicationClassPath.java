package io.github.fnspring.maven;

/**
 * Whether the project's run-time class path makes a web application, by the classes Spring
 * Boot looks for when it deduces one: a servlet web application from the Servlet API with
 * Spring's web application context ({@code spring-boot-starter-web}), a reactive one from
 * WebFlux's dispatcher with Reactor ({@code spring-boot-starter-webflux}). Looked up as
 * resources, so that nothing is loaded.
 */
final class WebApplicationClassPath {

	private static final String[] SERVLET_CLASSES = { "jakarta.servlet.Servlet",
			"org.springframework.web.context.ConfigurableWebApplicationContext" };

	private static final String[] REACTIVE_CLASSES = { "org.springframework.web.reactive.DispatcherHandler",
			"reactor.core.publisher.Mono" };

	private WebApplicationClassPath() {
	}

	static boolean isWebApplication(ClassLoader classPath) {
		return allPresent(classPath, SERVLET_CLASSES) || allPresent(classPath, REACTIVE_CLASSES);
	}

	private static boolean allPresent(ClassLoader classPath, String[] classNames) {
		for (String className : classNames) {
			if (classPath.getResource(className.replace('.', '/') + ".class") == null) {
				return false;
			}
		}
		return true;
	}

}
