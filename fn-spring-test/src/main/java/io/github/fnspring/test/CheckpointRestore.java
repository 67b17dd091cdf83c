package io.github.fnspring.test;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import org.crac.Resource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.LifecycleProcessor;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.util.ReflectionUtils;

/**
 * A CRaC checkpoint and restore of a running application, without a CRaC JDK: what such a JDK
 * calls, in its order. Before the checkpoint, Spring's own resource stops every lifecycle bean
 * (web servers and fn-spring's transports included; {@code pause()} would leave the web server
 * running), then the application's {@link Resource} beans in the reverse of their order;
 * after the restore, the resource beans in their order (fn-spring's runs the
 * {@code FnRestoreHandler}s), then Spring's starts the lifecycle beans again. The process
 * itself is neither saved nor restored: what a real restore changes besides (the environment,
 * the host, the clock) a test changes by hand in between.
 */
public final class CheckpointRestore {

	private CheckpointRestore() {
	}

	/** What a CRaC JDK does before it writes the checkpoint. */
	public static void checkpoint(ConfigurableApplicationContext application) throws Exception {
		invoke(lifecycleProcessor(application), "stopForRestart");
		List<Resource> resources = resources(application);
		for (int i = resources.size() - 1; i >= 0; i--) {
			resources.get(i).beforeCheckpoint(null);
		}
	}

	/** What a CRaC JDK does when it has restored the checkpoint. */
	public static void restore(ConfigurableApplicationContext application) throws Exception {
		for (Resource resource : resources(application)) {
			resource.afterRestore(null);
		}
		invoke(lifecycleProcessor(application), "restartAfterStop");
	}

	private static List<Resource> resources(ConfigurableApplicationContext application) {
		return new ArrayList<>(application.getBeansOfType(Resource.class).values());
	}

	private static LifecycleProcessor lifecycleProcessor(ConfigurableApplicationContext application) {
		return application.getBean(AbstractApplicationContext.LIFECYCLE_PROCESSOR_BEAN_NAME, LifecycleProcessor.class);
	}

	/** Spring's checkpoint steps are its CRaC adapter's, not public API: called as that adapter calls them. */
	private static void invoke(LifecycleProcessor processor, String step) {
		Method method = ReflectionUtils.findMethod(processor.getClass(), step);
		if (method == null) {
			throw new IllegalStateException(processor.getClass().getName() + " has no " + step
					+ "(): this Spring version checkpoints differently");
		}
		ReflectionUtils.makeAccessible(method);
		ReflectionUtils.invokeMethod(method, processor);
	}

}
