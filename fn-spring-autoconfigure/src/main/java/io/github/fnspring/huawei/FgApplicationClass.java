package io.github.fnspring.huawei;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.jar.Manifest;

import org.jspecify.annotations.Nullable;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.lang.Contract;

/**
 * Finds the user's {@code @SpringBootApplication} class for FunctionGraph's built-in runtime,
 * which loads the function's jars itself and runs no {@code main}. In this order: the
 * function's user data {@value #NAME_VARIABLE}; the same name as an environment variable or
 * the system property {@value #NAME_PROPERTY}; the {@code Start-Class} in a jar manifest.
 */
final class FgApplicationClass {

	static final String NAME_VARIABLE = "FN_APPLICATION_CLASS";

	static final String NAME_PROPERTY = "fn.application-class";

	private static final String START_CLASS = "Start-Class";

	private FgApplicationClass() {
	}

	/**
	 * @param userData the function's user data
	 * @param loader the loader of the function's jars
	 */
	static Class<?> find(UnaryOperator<@Nullable String> userData, ClassLoader loader) {
		String name = userData.apply(NAME_VARIABLE);
		if (isBlank(name)) {
			StandardEnvironment environment = new StandardEnvironment();
			name = environment.getProperty(NAME_PROPERTY);
			if (name == null) {
				name = environment.getProperty(NAME_VARIABLE);
			}
		}
		if (isBlank(name)) {
			name = startClass(loader);
		}
		try {
			return Class.forName(name.trim(), false, loader);
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException("The application class " + name + " is not in the function's jars", ex);
		}
	}

	private static String startClass(ClassLoader loader) {
		List<String> found = new ArrayList<>();
		try {
			Enumeration<URL> manifests = loader.getResources("META-INF/MANIFEST.MF");
			while (manifests.hasMoreElements()) {
				try (InputStream in = manifests.nextElement().openStream()) {
					String startClass = new Manifest(in).getMainAttributes().getValue(START_CLASS);
					if (!isBlank(startClass) && !found.contains(startClass)) {
						found.add(startClass);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the jars' manifests", ex);
		}
		if (found.size() == 1) {
			return found.get(0);
		}
		throw new IllegalStateException(found.isEmpty()
				? "No application class found: set the function's user data " + NAME_VARIABLE
						+ " to your @SpringBootApplication class, or add Start-Class to your jar's manifest"
				: "Several jars name a Start-Class " + found + ": set the function's user data " + NAME_VARIABLE);
	}

	@Contract("null -> true")
	private static boolean isBlank(@Nullable String value) {
		return value == null || value.isBlank();
	}

}
