package io.github.fnspring.test;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Makes a {@code @SpringBootTest}'s application reachable on every cloud, each transport on a
 * free port ({@link EveryCloudOnFreePorts}).
 */
final class FnTestContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public @Nullable ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		boolean springBootTest = TestContextAnnotationUtils.findMergedAnnotation(testClass,
				SpringBootTest.class) != null;
		return springBootTest ? new KitSettings() : null;
	}

	/** Equal to every other, so that it never splits Spring's cache of test contexts. */
	private static final class KitSettings implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			EveryCloudOnFreePorts.apply(context.getEnvironment(), context.getClassLoader());
		}

		@Override
		public boolean equals(@Nullable Object other) {
			return other instanceof KitSettings;
		}

		@Override
		public int hashCode() {
			return KitSettings.class.hashCode();
		}

	}

}
