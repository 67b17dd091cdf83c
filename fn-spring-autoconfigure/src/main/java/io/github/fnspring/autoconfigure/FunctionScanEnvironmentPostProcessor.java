package io.github.fnspring.autoconfigure;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Switches Spring Cloud Function's scan of a {@code functions} package off by default: it
 * searches every jar on the class path at each start, and fn-spring exports functions with
 * {@code @ServerlessFunction} beans from the application's own packages. Setting
 * {@code spring.cloud.function.scan.enabled} anywhere wins.
 */
class FunctionScanEnvironmentPostProcessor implements EnvironmentPostProcessor {

	static final String SCAN_ENABLED = "spring.cloud.function.scan.enabled";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!environment.containsProperty(SCAN_ENABLED)) {
			environment.getPropertySources()
				.addLast(new MapPropertySource("fnFunctionScanDefault", Map.of(SCAN_ENABLED, "false")));
		}
	}

}
