package io.github.fnspring.autoconfigure;

import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;

import io.github.fnspring.core.InstanceRestore;
import io.github.fnspring.core.InvocationContext;
import io.github.fnspring.core.ProcessExit;
import io.github.fnspring.core.RandomIds;
import io.github.fnspring.platform.PlatformChoice;

/**
 * The instance's restore sequence under a CRaC JDK, the same FunctionGraph's restore hook
 * runs: before the checkpoint nothing of an invocation stays in the image, after the restore
 * the application's {@code FnRestoreHandler}s run. Spring's own resource stops the context's
 * lifecycle beans (fn-spring's servers and Runtime API loops, a web server) before the
 * checkpoint and starts them after the restore; CRaC calls resources in the reverse of their
 * registration before a checkpoint and in its order after a restore, so this one must be
 * registered first, for the handlers to run before anything serves again. It is therefore
 * made with the bean factory's post-processors, ahead of every bean (Spring's lifecycle
 * processor included) and of lazy initialization, and looks the restore up only when called.
 * CRaC's global context holds it only weakly: the bean keeps it.
 */
final class CracRestore implements Resource, BeanFactoryPostProcessor {

	private static final Logger logger = LoggerFactory.getLogger(CracRestore.class);

	private volatile @Nullable ConfigurableListableBeanFactory beanFactory;

	CracRestore() {
		Core.getGlobalContext().register(this);
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		this.beanFactory = beanFactory;
	}

	@Override
	public void beforeCheckpoint(Context<? extends Resource> context) {
		ConfigurableListableBeanFactory beans = this.beanFactory;
		if (beans != null) {
			beans.getBean(InstanceRestore.class).forgetInvocations();
		}
	}

	/**
	 * Runs the restore sequence; when it fails, the instance ends rather than serve with
	 * nothing renewed, on a thread of its own, since CRaC is still restoring on this one.
	 */
	@Override
	public void afterRestore(Context<? extends Resource> context) throws Exception {
		ConfigurableListableBeanFactory beans = this.beanFactory;
		if (beans == null) {
			return;
		}
		PlatformChoice platform = beans.getBean(PlatformChoice.class);
		try {
			beans.getBean(InstanceRestore.class)
				.restore(InvocationContext.builder(platform.vendor())
					.platform(platform.platform().id())
					.requestId("restore-" + RandomIds.uuid())
					.build());
		}
		catch (Exception ex) {
			logger.error("The restore failed; the instance stops instead of serving unrenewed", ex);
			ProcessExit exit = beans.getBean(ProcessExit.class);
			Thread exiting = new Thread(() -> exit.exit(1), "fn-restore-failed");
			exiting.start();
			throw ex;
		}
	}

}
