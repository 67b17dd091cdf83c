package io.github.fnspring.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.core.type.MethodMetadata;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.SimpleMetadataReaderFactory;
import org.springframework.util.StringUtils;

/**
 * The project's {@code @ServerlessFunction} beans, read from the compiled classes without
 * loading them: {@code @Bean} methods (named by the annotation, else the method) and annotated
 * component classes (named by the annotation, else the bean name Spring derives). Every
 * declaration is reported, two under one name included, so that the build can refuse what the
 * application would refuse at start. Functions registered in other ways can be listed in the
 * plugin's {@code functions} parameter.
 */
final class ExportedFunctionScanner {

	static final String SERVERLESS_FUNCTION = "io.github.fnspring.ServerlessFunction";

	private static final String BEAN = "org.springframework.context.annotation.Bean";

	private static final String COMPONENT = "org.springframework.stereotype.Component";

	private final SimpleMetadataReaderFactory readers;

	private final TimerEventConsumers timerEventConsumers;

	/**
	 * @param projectClassLoader a class loader over the project's class path: annotations are
	 * read without loading the project's classes, but the annotation types themselves must load
	 */
	ExportedFunctionScanner(ClassLoader projectClassLoader) {
		this.readers = new SimpleMetadataReaderFactory(projectClassLoader);
		this.timerEventConsumers = new TimerEventConsumers(projectClassLoader);
	}

	/** @return the exported functions sorted by name, then by bean name */
	List<ExportedFunction> scan(Path classes) throws IOException {
		List<ExportedFunction> found = new ArrayList<>();
		if (!Files.isDirectory(classes)) {
			return found;
		}
		try (Stream<Path> walk = Files.walk(classes)) {
			for (Path file : walk.filter((path) -> path.toString().endsWith(".class")).toList()) {
				MetadataReader reader = this.readers.getMetadataReader(new FileSystemResource(file));
				collect(reader.getAnnotationMetadata(), found);
			}
		}
		found.sort(Comparator.comparing(ExportedFunction::name).thenComparing(ExportedFunction::beanName));
		return found;
	}

	private void collect(AnnotationMetadata type, List<ExportedFunction> found) {
		if (type.isAnnotated(SERVERLESS_FUNCTION)) {
			String beanName = componentName(type);
			found.add(new ExportedFunction(exportedName(type.getAnnotationAttributes(SERVERLESS_FUNCTION), beanName),
					beanName, this.timerEventConsumers.isTimerEventConsumerClass(type.getClassName())));
		}
		for (MethodMetadata method : type.getAnnotatedMethods(SERVERLESS_FUNCTION)) {
			String beanName = beanName(method);
			found.add(new ExportedFunction(exportedName(method.getAnnotationAttributes(SERVERLESS_FUNCTION), beanName),
					beanName, this.timerEventConsumers.isTimerEventConsumerBeanMethod(type.getClassName(),
							method.getMethodName(), method.getReturnTypeName())));
		}
	}

	private static String exportedName(Map<String, Object> annotation, String beanName) {
		String value = (annotation != null) ? (String) annotation.get("value") : null;
		return StringUtils.hasText(value) ? value : beanName;
	}

	private static String beanName(MethodMetadata method) {
		Map<String, Object> bean = method.getAnnotationAttributes(BEAN);
		if (bean != null && bean.get("name") instanceof String[] names && names.length > 0) {
			return names[0];
		}
		return method.getMethodName();
	}

	private static String componentName(AnnotationMetadata type) {
		Map<String, Object> component = type.getAnnotationAttributes(COMPONENT);
		if (component != null && component.get("value") instanceof String value && StringUtils.hasText(value)) {
			return value;
		}
		String simpleName = type.getClassName().substring(type.getClassName().lastIndexOf('.') + 1);
		return StringUtils.uncapitalizeAsProperty(simpleName.substring(simpleName.lastIndexOf('$') + 1));
	}

}
