package io.github.fnspring.huawei;

import java.lang.reflect.Field;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.ReflectionUtils;

/**
 * Test access to the built-in runtime's application, which lives once per class loader, as
 * in FunctionGraph's runtime: the production code has no way to forget it, so the tests
 * reach into it to start each test class's application afresh.
 */
public final class FunctionGraphHandlers {

	private FunctionGraphHandlers() {
	}

	/** Closes the running application, so the next call starts a fresh one. */
	public static void reset() {
		Field instance = field(FgApplication.class, "instance");
		FgApplication current = (FgApplication) ReflectionUtils.getField(instance, null);
		if (current != null) {
			((ConfigurableApplicationContext) ReflectionUtils.getField(field(FgApplication.class, "context"), current))
				.close();
			ReflectionUtils.setField(instance, null, null);
		}
	}

	private static Field field(Class<?> type, String name) {
		Field field = ReflectionUtils.findField(type, name);
		if (field == null) {
			throw new IllegalStateException(type + " has no field " + name);
		}
		ReflectionUtils.makeAccessible(field);
		return field;
	}

}
