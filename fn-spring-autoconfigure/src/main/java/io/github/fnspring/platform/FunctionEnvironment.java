package io.github.fnspring.platform;

import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.core.env.ConfigurableEnvironment;

/** What a function's configuration holds, as the platforms expose it to the process. */
public final class FunctionEnvironment {

	private FunctionEnvironment() {
	}

	/**
	 * The function's user data, {@code FnContext.userData(key)}: the process's environment
	 * variables, as the platforms deliver a function's configured variables, not every Spring
	 * property.
	 */
	public static Function<String, @Nullable String> userData(ConfigurableEnvironment environment) {
		return (key) -> (String) environment.getSystemEnvironment().get(key);
	}

}
