package io.github.fnspring.maven;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.SpringAsmInfo;

/**
 * Which classes and {@code @Bean} methods are a {@code Consumer<TimerEvent>}, read from the
 * generic signatures in the class files without loading them: erased types, all that
 * annotation metadata offers, cannot tell a {@code Consumer<TimerEvent>} from any other
 * consumer. A class counts when it or one of its superclasses implements
 * {@code Consumer<TimerEvent>}; a bean method when its declared return type is
 * {@code Consumer<TimerEvent>} or such a class.
 */
final class TimerEventConsumers {

	static final String TIMER_EVENT_CONSUMER = "Ljava/util/function/Consumer<Lio/github/fnspring/event/TimerEvent;>;";

	private final ClassLoader classPath;

	private final Map<String, ClassSignatures> signaturesByClassName = new HashMap<>();

	/** @param classPath a class loader over the project's classes and dependencies */
	TimerEventConsumers(ClassLoader classPath) {
		this.classPath = classPath;
	}

	boolean isTimerEventConsumerClass(String className) {
		ClassSignatures type = signatures(className);
		if (type == null) {
			return false;
		}
		if (type.classSignature() != null && implementedTypes(type.classSignature()).contains(TIMER_EVENT_CONSUMER)) {
			return true;
		}
		return type.superClassName() != null && isTimerEventConsumerClass(type.superClassName());
	}

	boolean isTimerEventConsumerBeanMethod(String className, String methodName, String returnTypeName) {
		ClassSignatures type = signatures(className);
		String signature = (type != null) ? type.methodSignatures().get(methodName) : null;
		if (signature != null && TIMER_EVENT_CONSUMER.equals(returnType(signature))) {
			return true;
		}
		return isTimerEventConsumerClass(returnTypeName);
	}

	/**
	 * The signatures of a class on the class path, or {@code null} for one that is not there
	 * or is the JDK's, whose classes are never timer event consumers and may be newer than the
	 * class reader.
	 */
	private ClassSignatures signatures(String className) {
		if (className.startsWith("java.") || className.startsWith("javax.") || className.startsWith("jdk.")) {
			return null;
		}
		return this.signaturesByClassName.computeIfAbsent(className, this::read);
	}

	private ClassSignatures read(String className) {
		try (InputStream in = this.classPath.getResourceAsStream(className.replace('.', '/') + ".class")) {
			if (in == null) {
				return null;
			}
			SignatureCollector collector = new SignatureCollector();
			new ClassReader(in).accept(collector, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
			return collector.result();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The top-level types of a class signature after its type parameters: the superclass, then
	 * each implemented interface, with their type arguments.
	 */
	static List<String> implementedTypes(String classSignature) {
		List<String> types = new ArrayList<>();
		int depth = 0;
		int start = 0;
		for (int i = 0; i < classSignature.length(); i++) {
			char c = classSignature.charAt(i);
			if (c == '<') {
				depth++;
			}
			else if (c == '>') {
				depth--;
				if (depth == 0 && start == 0 && classSignature.charAt(0) == '<') {
					// the end of the class's own type parameters
					start = i + 1;
				}
			}
			else if (c == ';' && depth == 0) {
				types.add(classSignature.substring(start, i + 1));
				start = i + 1;
			}
		}
		return types;
	}

	/** The return type of a method signature, without any thrown types. */
	static String returnType(String methodSignature) {
		String returned = methodSignature.substring(methodSignature.indexOf(')') + 1);
		int thrown = returned.indexOf('^');
		return (thrown >= 0) ? returned.substring(0, thrown) : returned;
	}

	private record ClassSignatures(String classSignature, String superClassName,
			Map<String, String> methodSignatures) {

	}

	private static final class SignatureCollector extends ClassVisitor {

		private String classSignature;

		private String superClassName;

		private final Map<String, String> methodSignatures = new HashMap<>();

		SignatureCollector() {
			super(SpringAsmInfo.ASM_VERSION);
		}

		@Override
		public void visit(int version, int access, String name, String signature, String superName,
				String[] interfaces) {
			this.classSignature = signature;
			this.superClassName = (superName != null) ? superName.replace('/', '.') : null;
		}

		@Override
		public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
				String[] exceptions) {
			if (signature != null) {
				this.methodSignatures.putIfAbsent(name, signature);
			}
			return null;
		}

		ClassSignatures result() {
			return new ClassSignatures(this.classSignature, this.superClassName, Map.copyOf(this.methodSignatures));
		}

	}

}
