package io.github.fnspring.maven;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Class paths made of jars that hold only the class files Spring Boot looks for. */
class WebApplicationClassPathTest {

	@TempDir
	Path jars;

	@Test
	void servletApiWithSpringWebIsAServletWebApplication() throws Exception {
		assertThat(isWebApplication("jakarta.servlet.Servlet",
				"org.springframework.web.context.ConfigurableWebApplicationContext"))
			.isTrue();
	}

	@Test
	void webFluxWithReactorIsAReactiveWebApplication() throws Exception {
		assertThat(isWebApplication("org.springframework.web.reactive.DispatcherHandler", "reactor.core.publisher.Mono"))
			.isTrue();
	}

	@Test
	void springWebAndReactorAloneAsFnSpringBringsThemAreNoWebApplication() throws Exception {
		assertThat(isWebApplication("org.springframework.web.context.ConfigurableWebApplicationContext",
				"reactor.core.publisher.Mono"))
			.isFalse();
	}

	@Test
	void theServletApiAloneIsNoWebApplication() throws Exception {
		assertThat(isWebApplication("jakarta.servlet.Servlet")).isFalse();
	}

	private boolean isWebApplication(String... classNames) throws IOException {
		Path jar = this.jars.resolve("classes.jar");
		try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
			for (String className : classNames) {
				out.putNextEntry(new JarEntry(className.replace('.', '/') + ".class"));
				out.closeEntry();
			}
		}
		try (URLClassLoader classPath = new URLClassLoader(new URL[] { jar.toUri().toURL() }, null)) {
			return WebApplicationClassPath.isWebApplication(classPath);
		}
	}

}
