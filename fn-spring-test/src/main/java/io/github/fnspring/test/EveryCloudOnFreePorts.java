package io.github.fnspring.test;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.test.context.support.TestPropertySourceUtils;

import io.github.fnspring.platform.FnPlatform;
import io.github.fnspring.platform.PlatformChoice;

/**
 * What the kit sets in an application under test: each platform on the class path served
 * beside the chosen one ({@code fn.local.platforms}), every transport on a free port
 * ({@code fn.server.port=0}), so that tests neither know nor collide on ports. It takes
 * precedence over the application's own files, but not over the test's own properties.
 */
final class EveryCloudOnFreePorts {

	private static final String SOURCE = "fnTestKit";

	private EveryCloudOnFreePorts() {
	}

	static void apply(ConfigurableEnvironment environment, @Nullable ClassLoader classLoader) {
		Set<String> platforms = new LinkedHashSet<>(Binder.get(environment)
			.bind("fn.local.platforms", Bindable.listOf(String.class))
			.orElse(List.of()));
		PlatformChoice.registered(classLoader).stream().map(FnPlatform::id).forEach(platforms::add);
		MapPropertySource kit = new MapPropertySource(SOURCE,
				Map.of("fn.local.platforms", String.join(",", platforms), "fn.server.port", "0"));
		MutablePropertySources sources = environment.getPropertySources();
		String testProperties = TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME;
		if (sources.contains(testProperties)) {
			sources.addAfter(testProperties, kit);
		}
		else {
			sources.addFirst(kit);
		}
	}

}
