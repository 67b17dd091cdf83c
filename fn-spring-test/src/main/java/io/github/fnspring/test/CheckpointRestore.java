package io.github.fnspring.test;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.crac.Resource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.LifecycleProcessor;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.util.ReflectionUtils;

/**
 * A CRaC checkpoint and restore of a running application, without a CRaC JDK: what such a JDK
 * calls, in its order, each resource even when another fails. Before the checkpoint, Spring's own resource stops every lifecycle bean
 * (web servers and fn-spring's transports included; {@code pause()} would leave the web server
 * running), then the application's {@link Resource} beans in the reverse of their order;
 * after the restore, the resource beans in their order (fn-spring's runs the
 * {@code FnRestoreHandler}s), then Spring's starts the lifecycle beans again. The process
 * itself is neither saved nor restored: what a real restore changes besides (the environment,
 * the host, the clock) a test changes by hand in between.
 */
public final class CheckpointRestore {

	private final ConfigurableApplicationContext application;

	/** The resources the checkpoint called, in their order: the restore calls the same ones. */
	private final List<Resource> resources;

	private CheckpointRestore(ConfigurableApplicationContext application, List<Resource> resources) {
		this.application = application;
		this.resources = resources;
	}

	/**
	 * What a CRaC JDK does before it writes the checkpoint.
	 * @return the checkpoint, to {@link #restore()} later
	 * @throws Exception the first failure of a resource, after all were called
	 */
	public static CheckpointRestore checkpoint(ConfigurableApplicationContext application) throws Exception {
		invoke(lifecycleProcessor(application), "stopForRestart");
		// the singletons made so far, as those are what registered with CRaC: no lazy bean is made here
		List<Resource> resources = new ArrayList<>(application.getBeansOfType(Resource.class, false, false).values());
		List<Resource> reversed = new ArrayList<>(resources);
		Collections.reverse(reversed);
		callEach(reversed, (resource) -> resource.beforeCheckpoint(null));
		return new CheckpointRestore(application, resources);
	}

	/**
	 * What a CRaC JDK does when it has restored the checkpoint.
	 * @throws Exception the first failure of a resource, after all were called and the
	 * lifecycle beans started
	 */
	public void restore() throws Exception {
		try {
			callEach(this.resources, (resource) -> resource.afterRestore(null));
		}
		finally {
			invoke(lifecycleProcessor(this.application), "restartAfterStop");
		}
	}

	/** Calls every resource, as CRaC does even when one fails, and throws the first failure. */
	private static void callEach(List<Resource> resources, ResourceCall call) throws Exception {
		Exception first = null;
		for (Resource resource : resources) {
			try {
				call.call(resource);
			}
			catch (Exception ex) {
				first = (first != null) ? first : ex;
			}
		}
		if (first != null) {
			throw first;
		}
	}

	/** One CRaC callback of a resource. */
	@FunctionalInterface
	private interface ResourceCall {

		void call(Resource resource) throws Exception;

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
