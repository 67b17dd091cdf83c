package io.github.fnspring.huawei;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.util.ClassUtils;

import com.huawei.services.runtime.Context;

import io.github.fnspring.autoconfigure.FnProperties;
import io.github.fnspring.core.EventDispatcher;
import io.github.fnspring.core.InstanceRestore;
import io.github.fnspring.core.LifecycleHooks;

/**
 * The Spring application behind FunctionGraph's built-in runtime: started once per instance
 * by the first call that needs it (the initializer when one is configured, else the first
 * invocation), with the function's class loader. A failed start is not remembered, so the
 * runtime's retry of the initializer starts it again.
 */
final class FgApplication {

	private static final Object lock = new Object();

	/** The name of the event dispatcher bean of FunctionGraph's auto-configuration. */
	static final String DISPATCHER_BEAN = "fgEventDispatcher";

	private static final String SERVERLESS_WEB = "org.springframework.cloud.function.serverless.web.ServerlessMVC";

	private static volatile @Nullable FgApplication instance;

	private final ConfigurableApplicationContext context;

	private final EventDispatcher dispatcher;

	private final LifecycleHooks lifecycleHooks;

	private final InstanceRestore instanceRestore;

	private final @Nullable String primingEvent;

	private FgApplication(ConfigurableApplicationContext context) {
		this.context = context;
		this.dispatcher = context.getBean(DISPATCHER_BEAN, EventDispatcher.class);
		this.lifecycleHooks = context.getBean(LifecycleHooks.class);
		this.instanceRestore = context.getBean(InstanceRestore.class);
		this.primingEvent = context.getBean(FnProperties.class).getSnapshot().getPrimingEvent();
	}

	/** The application of a context already running in this process. */
	static FgApplication of(ConfigurableApplicationContext context) {
		return new FgApplication(context);
	}

	static FgApplication get(Context runtimeContext) {
		FgApplication current = instance;
		if (current != null) {
			return current;
		}
		synchronized (lock) {
			if (instance == null) {
				instance = start(runtimeContext);
			}
			return instance;
		}
	}

	private static FgApplication start(Context runtimeContext) {
		ClassLoader loader = FgApplication.class.getClassLoader();
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(loader);
		try {
			Class<?> applicationClass = FgApplicationClass.find(runtimeContext::getUserData, loader);
			SpringApplication application = new SpringApplication(applicationClass);
			// Spring would deduce the runtime's own main class from the stack, and in AOT mode look
			// for that class's generated initializer
			application.setMainApplicationClass(applicationClass);
			// A web application is served in process (no port), when Spring Cloud Function's
			// serverless-web can do it; anything else needs no web server at all
			if (!ClassUtils.isPresent(SERVERLESS_WEB, loader)) {
				application.setWebApplicationType(WebApplicationType.NONE);
			}
			// Being called by the built-in runtime is a fact no configuration file may override
			StandardEnvironment environment = new StandardEnvironment();
			environment.getPropertySources()
				.addFirst(new MapPropertySource("functionGraphBuiltInRuntime",
						Map.of("fn.vendor", HuaweiPlatform.ID, HuaweiProperties.PREFIX + ".mode", "handler")));
			application.setEnvironment(environment);
			// The built-in runtime sets no RUNTIME_FUNC_NAME: the cloud function's name comes with the first call
			String functionName = runtimeContext.getFunctionName();
			application.setDefaultProperties(Map.of("RUNTIME_FUNC_NAME", (functionName != null) ? functionName : ""));
			return new FgApplication(application.run());
		}
		finally {
			thread.setContextClassLoader(previous);
		}
	}

	/** Runs an action on the application if it has started; nothing is started for it. */
	static void ifStarted(ThrowingConsumer<FgApplication> action) throws Exception {
		FgApplication current = instance;
		if (current != null) {
			action.accept(current);
		}
	}

	/** Whether the application, once started, is still running. */
	static boolean healthy() {
		FgApplication current = instance;
		return current == null || current.isActive();
	}

	boolean isActive() {
		return this.context.isActive();
	}

	/** An action that may throw, like the hooks it runs. */
	@FunctionalInterface
	interface ThrowingConsumer<T> {

		void accept(T value) throws Exception;

	}

	EventDispatcher dispatcher() {
		return this.dispatcher;
	}

	LifecycleHooks lifecycleHooks() {
		return this.lifecycleHooks;
	}

	InstanceRestore instanceRestore() {
		return this.instanceRestore;
	}

	/** The event that primes a snapshot's instance ({@code fn.snapshot.priming-event}), if any. */
	@Nullable String primingEvent() {
		return this.primingEvent;
	}

}
