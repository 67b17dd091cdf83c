package io.github.fnspring.autoconfigure;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import io.github.fnspring.platform.FnPlatform;
import io.github.fnspring.platform.PlatformChoice;

/**
 * Puts the request id on every log line by default: in a cloud as its platform wants it
 * ({@link FnPlatform#loggingDefaults()}: FC's recommended line
 * {@code <UTC time> <requestId> [<LEVEL>] <message>}; SCF and FunctionGraph prescribe no
 * format, so Spring Boot's correlation pattern), and locally through the correlation pattern. A
 * logging property the user configured always wins.
 */
class FnLoggingEnvironmentPostProcessor implements EnvironmentPostProcessor {

	private static final String PROPERTY_SOURCE = "fnLoggingDefaults";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		PlatformChoice choice = PlatformChoice.of(environment,
				PlatformChoice.registered(application.getClassLoader()));
		Map<String, Object> wanted = choice.inCloud() ? choice.platform().loggingDefaults()
				: Map.of(PlatformChoice.CORRELATION_PATTERN_PROPERTY, PlatformChoice.REQUEST_ID_CORRELATION);
		Map<String, Object> defaults = new HashMap<>();
		wanted.forEach((name, value) -> {
			if (!environment.containsProperty(name)) {
				defaults.put(name, value);
			}
		});
		if (!defaults.isEmpty()) {
			environment.getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE, defaults));
		}
	}

}
