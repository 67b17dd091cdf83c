package io.github.fnspring.huawei;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Set;

import com.huawei.services.runtime.Context;

/**
 * Runtime contexts as an older FunctionGraph runtime jar gives them: the methods it lacks
 * fail with the linkage error the JVM raises when code compiled against the newer
 * interface calls them.
 */
final class OlderRuntimeContexts {

	private OlderRuntimeContexts() {
	}

	static Context without(Context context, String... missingMethods) {
		Set<String> missing = Set.of(missingMethods);
		return (Context) Proxy.newProxyInstance(Context.class.getClassLoader(), new Class<?>[] { Context.class },
				(proxy, method, arguments) -> {
					if (missing.contains(method.getName())) {
						throw new NoSuchMethodError("com.huawei.services.runtime.Context." + method.getName());
					}
					try {
						return method.invoke(context, arguments);
					}
					catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
				});
	}

}
