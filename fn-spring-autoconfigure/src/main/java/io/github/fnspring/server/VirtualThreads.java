package io.github.fnspring.server;

import java.lang.reflect.Method;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;

/**
 * Virtual threads, on Java 21 and later, for an application compiled for Java 17: found by
 * reflection, since the API does not exist in the release fn-spring is compiled against.
 */
final class VirtualThreads {

	private static final int FIRST_RELEASE = 21;

	private VirtualThreads() {
	}

	/** Whether this JVM has them. */
	static boolean available() {
		return Runtime.version().feature() >= FIRST_RELEASE;
	}

	/** An executor that starts a virtual thread, named {@code prefix} and a number, per task. */
	static ExecutorService perTaskExecutor(String prefix) {
		try {
			Object builder = Thread.class.getMethod("ofVirtual").invoke(null);
			Class<?> builderType = Class.forName("java.lang.Thread$Builder");
			builder = builderType.getMethod("name", String.class, long.class).invoke(builder, prefix, 1L);
			ThreadFactory factory = (ThreadFactory) builderType.getMethod("factory").invoke(builder);
			Method perTask = Executors.class.getMethod("newThreadPerTaskExecutor", ThreadFactory.class);
			return (ExecutorService) perTask.invoke(null, factory);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Virtual threads are not available on Java " + Runtime.version(), ex);
		}
	}

}
