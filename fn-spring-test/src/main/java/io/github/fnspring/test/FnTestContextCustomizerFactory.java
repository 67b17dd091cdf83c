package io.github.fnspring.test;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.test.context.support.TestPropertySourceUtils;

import io.github.fnspring.platform.FnPlatform;
import io.github.fnspring.platform.PlatformChoice;

/**
 * Makes a {@code @SpringBootTest}'s application reachable on every cloud: each platform on the
 * class path is served beside the chosen one ({@code fn.local.platforms}), and every transport
 * listens on a free port ({@code fn.server.port=0}), so that tests neither know nor collide on
 * ports. Properties the test sets itself ({@code @SpringBootTest(properties = …)},
 * {@code @TestPropertySource}) win; the application's own files do not.
 */
final class FnTestContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public @Nullable ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		boolean springBootTest = TestContextAnnotationUtils.findMergedAnnotation(testClass,
				SpringBootTest.class) != null;
		return springBootTest ? new EveryCloudOnFreePorts() : null;
	}

	/** Equal to every other, so that it never splits Spring's cache of test contexts. */
	private static final class EveryCloudOnFreePorts implements ContextCustomizer {

		private static final String SOURCE = "fnTestKit";

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			ConfigurableEnvironment environment = context.getEnvironment();
			Set<String> platforms = new LinkedHashSet<>(Binder.get(environment)
				.bind("fn.local.platforms", Bindable.listOf(String.class))
				.orElse(List.of()));
			PlatformChoice.registered(context.getClassLoader()).stream().map(FnPlatform::id).forEach(platforms::add);
			MapPropertySource kit = new MapPropertySource(SOURCE,
					Map.of("fn.local.platforms", String.join(",", platforms), "fn.server.port", "0"));
			MutablePropertySources sources = environment.getPropertySources();
			String inlined = TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME;
			if (sources.contains(inlined)) {
				sources.addAfter(inlined, kit);
			}
			else {
				sources.addFirst(kit);
			}
		}

		@Override
		public boolean equals(@Nullable Object other) {
			return other instanceof EveryCloudOnFreePorts;
		}

		@Override
		public int hashCode() {
			return EveryCloudOnFreePorts.class.hashCode();
		}

	}

}
