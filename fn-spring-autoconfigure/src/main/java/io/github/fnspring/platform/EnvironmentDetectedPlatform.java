package io.github.fnspring.platform;

import java.util.List;
import java.util.Optional;

import org.springframework.core.env.Environment;

import io.github.fnspring.Vendor;

/**
 * A platform recognised by environment variables it sets in every instance, one of which
 * names the function: the shape of all three clouds' detection.
 */
public abstract class EnvironmentDetectedPlatform implements FnPlatform {

	private final String id;

	private final Vendor vendor;

	private final String functionNameVariable;

	private final List<String> detectingVariables;

	/**
	 * @param functionNameVariable the variable that names the function
	 * @param detectingVariables the variables whose presence, any of them, means the platform
	 */
	protected EnvironmentDetectedPlatform(String id, Vendor vendor, String functionNameVariable,
			String... detectingVariables) {
		this.id = id;
		this.vendor = vendor;
		this.functionNameVariable = functionNameVariable;
		this.detectingVariables = List.of(detectingVariables);
	}

	@Override
	public final String id() {
		return this.id;
	}

	@Override
	public final Vendor vendor() {
		return this.vendor;
	}

	@Override
	public final boolean isDetected(Environment environment) {
		return this.detectingVariables.stream().anyMatch(environment::containsProperty);
	}

	@Override
	public final Optional<String> functionName(Environment environment) {
		return Optional.ofNullable(environment.getProperty(this.functionNameVariable));
	}

	@Override
	public String toString() {
		return getClass().getSimpleName() + "[" + this.id + "]";
	}

}
