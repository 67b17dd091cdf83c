package io.github.fnspring.core;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.util.StringUtils;

import io.github.fnspring.ServerlessFunction;

/**
 * The functions the application exports with {@link ServerlessFunction}, by exported name.
 * Found from bean definitions, so no function bean is created to discover them.
 */
public final class ExportedFunctions {

	private final Map<String, String> beanNamesByExportedName;

	private final Set<String> unexportedFunctionBeans;

	ExportedFunctions(Map<String, String> beanNamesByExportedName) {
		this(beanNamesByExportedName, Set.of());
	}

	private ExportedFunctions(Map<String, String> beanNamesByExportedName, Set<String> unexportedFunctionBeans) {
		this.beanNamesByExportedName = Collections.unmodifiableMap(new TreeMap<>(beanNamesByExportedName));
		this.unexportedFunctionBeans = Set.copyOf(unexportedFunctionBeans);
	}

	/**
	 * Finds every {@code @ServerlessFunction} bean.
	 * @throws MisconfigurationException when an annotated bean is not a function or two beans
	 * export the same name
	 */
	public static ExportedFunctions discover(ConfigurableListableBeanFactory beanFactory) {
		Map<String, String> exported = new TreeMap<>();
		for (String beanName : beanFactory.getBeanNamesForAnnotation(ServerlessFunction.class)) {
			ServerlessFunction annotation = beanFactory.findAnnotationOnBean(beanName, ServerlessFunction.class, false);
			if (annotation == null) {
				continue;
			}
			Class<?> type = beanFactory.getType(beanName, false);
			if (type != null && !isFunctional(type)) {
				throw new MisconfigurationException("@ServerlessFunction bean '" + beanName + "' is a " + type.getName()
						+ ", not a java.util.function.Function, Consumer or Supplier.",
						"Remove @ServerlessFunction from bean '" + beanName
								+ "', or make it a Function, Consumer or Supplier bean.");
			}
			String name = StringUtils.hasText(annotation.value()) ? annotation.value() : beanName;
			String previous = exported.put(name, beanName);
			if (previous != null) {
				throw new MisconfigurationException("Beans '" + previous + "' and '" + beanName
						+ "' are both exported as function '" + name + "'.",
						"Give one of them another name with @ServerlessFunction(\"...\").");
			}
		}
		Set<String> unexported = new TreeSet<>();
		for (Class<?> functional : List.of(Function.class, Consumer.class, Supplier.class)) {
			unexported.addAll(List.of(beanFactory.getBeanNamesForType(functional, false, false)));
		}
		unexported.removeAll(exported.values());
		return new ExportedFunctions(exported, unexported);
	}

	private static boolean isFunctional(Class<?> type) {
		return Function.class.isAssignableFrom(type) || Consumer.class.isAssignableFrom(type)
				|| Supplier.class.isAssignableFrom(type);
	}

	/** Whether a name is a function bean's that is not exported, for telling the user how to export it. */
	boolean isUnexportedFunctionBean(String name) {
		return this.unexportedFunctionBeans.contains(name.trim());
	}

	/** The exported names, sorted. */
	Set<String> names() {
		return this.beanNamesByExportedName.keySet();
	}

	/** The exported name of a bean, or the definition itself when it is not one exported bean. */
	String exportedNameOf(String definition) {
		return this.beanNamesByExportedName.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().equals(definition))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElse(definition);
	}

	/**
	 * The catalog definition of one exported name, never a composition: what a request
	 * may select, so that request data can only ever name a fixed set of definitions.
	 */
	Optional<String> definitionOfName(String exportedName) {
		return Optional.ofNullable(this.beanNamesByExportedName.get(exportedName.trim()));
	}

	/**
	 * The catalog definition for an exported name or a composition of exported names
	 * ({@code a|b}), as configuration may give it; empty when any part is not exported.
	 */
	Optional<String> definitionOf(String exportedNames) {
		StringBuilder definition = new StringBuilder();
		for (String part : exportedNames.split("\\|")) {
			String beanName = this.beanNamesByExportedName.get(part.trim());
			if (beanName == null) {
				return Optional.empty();
			}
			definition.append(definition.isEmpty() ? "" : "|").append(beanName);
		}
		return Optional.of(definition.toString());
	}

}
