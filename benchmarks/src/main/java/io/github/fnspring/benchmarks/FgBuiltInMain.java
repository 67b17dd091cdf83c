package io.github.fnspring.benchmarks;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import tools.jackson.databind.json.JsonMapper;

import com.huawei.services.runtime.Context;
import com.huawei.services.runtime.RuntimeLogger;

/**
 * Does what FunctionGraph's built-in Java runtime does with {@code huawei.zip}: resolves the
 * configured handler string by reflection, parses the event (here from stdin) into a map as
 * the handler's {@code Object} parameter, calls it with a context and writes the result as
 * JSON to stdout, once or {@code -Dfg.invocations} times. Runs with the package's jars and the
 * runtime's interfaces on its class path.
 */
public final class FgBuiltInMain {

	private static final String HANDLER = "io.github.fnspring.huawei.FunctionGraphHandler.handleRequest";

	private FgBuiltInMain() {
	}

	public static void main(String[] args) throws Exception {
		JsonMapper mapper = JsonMapper.shared();
		// The runtime hands a JSON object event to the handler's String parameter as its text
		String event = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
		Class<?> handlerClass = Class.forName(HANDLER.substring(0, HANDLER.lastIndexOf('.')));
		String methodName = HANDLER.substring(HANDLER.lastIndexOf('.') + 1);
		Method handler = Stream.of(handlerClass.getMethods())
			.filter((method) -> method.getName().equals(methodName) && method.getParameterCount() == 2)
			.findFirst()
			.orElseThrow(() -> new NoSuchMethodException(HANDLER));
		Object instance = handlerClass.getConstructor().newInstance();
		// -Dfg.invocations=N: the same event N times, as a warm instance gets them (the memory runs)
		int invocations = Integer.getInteger("fg.invocations", 1);
		for (int invocation = 1; invocation <= invocations; invocation++) {
			Object result = handler.invoke(instance, event, context("order", 128, 30));
			System.out.println(mapper.writeValueAsString(result));
		}
	}

	/** The context FunctionGraph passes, with the values the other targets get from their clouds. */
	private static Context context(String functionName, int memoryMb, int timeoutSeconds) {
		RuntimeLogger logger = (RuntimeLogger) Proxy.newProxyInstance(FgBuiltInMain.class.getClassLoader(),
				new Class<?>[] { RuntimeLogger.class }, (proxy, method, args) -> {
					if (args != null && args.length == 1 && !"setLevel".equals(method.getName())) {
						System.out.println(args[0]);
					}
					return null;
				});
		Map<String, Object> values = Map.of("getRequestID", UUID.randomUUID().toString(), "getFunctionName",
				functionName, "getMemorySize", memoryMb, "getRunningTimeInSeconds", timeoutSeconds,
				"getRemainingTimeInMilliSeconds", timeoutSeconds * 1000, "getCPUNumber", 1, "getVersion", "latest",
				"getLogger", logger);
		return (Context) Proxy.newProxyInstance(FgBuiltInMain.class.getClassLoader(), new Class<?>[] { Context.class },
				(proxy, method, args) -> values.get(method.getName()));
	}

}
