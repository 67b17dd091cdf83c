package io.github.fnspring.autoconfigure;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.context.annotation.ImportSelector;
import org.springframework.core.type.AnnotationMetadata;

import io.github.fnspring.platform.FnPlatform;
import io.github.fnspring.platform.PlatformChoice;

/**
 * Imports the auto-configuration of every platform registered in
 * {@code META-INF/spring.factories}; each applies only when its platform is served
 * ({@code @ConditionalOnPlatform}), so the condition report says why each one did or did not.
 */
final class FnPlatformImports implements ImportSelector, BeanClassLoaderAware {

	private @Nullable ClassLoader classLoader;

	@Override
	public void setBeanClassLoader(ClassLoader classLoader) {
		this.classLoader = classLoader;
	}

	@Override
	public String[] selectImports(AnnotationMetadata importingClassMetadata) {
		return PlatformChoice.registered(this.classLoader)
			.stream()
			.map(FnPlatform::configuration)
			.map(Class::getName)
			.toArray(String[]::new);
	}

}
