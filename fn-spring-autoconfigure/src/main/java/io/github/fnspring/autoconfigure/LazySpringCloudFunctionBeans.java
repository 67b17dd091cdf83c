package io.github.fnspring.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.context.Lifecycle;
import org.springframework.core.Ordered;

/**
 * Makes Spring Cloud Function's beans (its catalog, its JSON mapper and message converters,
 * the routing function) lazy: fn-spring looks its functions up through the catalog when the
 * first one is needed, at start-up when there is a default function to check, so that an
 * application that serves none (a web application's controllers only) never creates them.
 * Whatever of the application's own injects one of them still gets it as before. Beans that
 * must take part in the context's life (listeners, lifecycle, initialization callbacks) stay
 * as they are: a lazy one would never be called.
 */
final class LazySpringCloudFunctionBeans implements BeanFactoryPostProcessor, Ordered {

	private static final String SPRING_CLOUD_FUNCTION = "org.springframework.cloud.function.";

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		for (String name : beanFactory.getBeanDefinitionNames()) {
			BeanDefinition definition = beanFactory.getBeanDefinition(name);
			if (isSpringCloudFunctions(definition, beanFactory) && !takesPartInTheContextsLife(name, beanFactory)) {
				definition.setLazyInit(true);
			}
		}
	}

	private static boolean isSpringCloudFunctions(BeanDefinition definition, ConfigurableListableBeanFactory beanFactory) {
		if (isSpringCloudFunctionClass(definition.getBeanClassName())) {
			return true;
		}
		String factoryBean = definition.getFactoryBeanName();
		return factoryBean != null && beanFactory.containsBeanDefinition(factoryBean)
				&& isSpringCloudFunctionClass(beanFactory.getBeanDefinition(factoryBean).getBeanClassName());
	}

	private static boolean takesPartInTheContextsLife(String name, ConfigurableListableBeanFactory beanFactory) {
		Class<?> type = beanFactory.getType(name, false);
		return type == null || ApplicationListener.class.isAssignableFrom(type)
				|| SmartInitializingSingleton.class.isAssignableFrom(type) || Lifecycle.class.isAssignableFrom(type);
	}

	private static boolean isSpringCloudFunctionClass(@Nullable String className) {
		return className != null && className.startsWith(SPRING_CLOUD_FUNCTION);
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
