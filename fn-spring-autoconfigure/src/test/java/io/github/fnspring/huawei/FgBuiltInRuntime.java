package io.github.fnspring.huawei;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

import com.huawei.services.runtime.Context;

/**
 * FunctionGraph's built-in Java runtime as Huawei's open-source executor (openYuanrong's
 * {@code FaaSHandler}) calls a handler class: one instance; the handler method found by
 * its name alone; the event, which arrives as the JSON body of the platform's call, passed
 * to a {@code String} parameter as that JSON's text (an object compact, a string without
 * its quotes) and parsed with Gson for any other type; the return value written with Gson;
 * the pre-stop hook {@code method(Context)} run on its own thread, waited for up to its
 * timeout and interrupted when the time is up.
 */
public final class FgBuiltInRuntime {

	private static final Gson gson = new GsonBuilder().serializeNulls().disableHtmlEscaping().setPrettyPrinting()
		.create();

	private final Object handler;

	public FgBuiltInRuntime(Object handler) {
		this.handler = handler;
	}

	/**
	 * Calls the handler method as the runtime does.
	 * @param method the method name of the configured handler string
	 * @param event the JSON event the platform was invoked with
	 * @return the JSON the runtime answers with
	 */
	String invoke(String method, String event, Context context) throws Throwable {
		Method handle = byName(method);
		Class<?> parameterType = handle.getParameterTypes()[0];
		JsonElement body = JsonParser.parseString(event);
		String userEvent = body.isJsonObject() ? body.toString() : body.getAsString();
		Object argument = (parameterType == String.class) ? userEvent : gson.fromJson(userEvent, parameterType);
		try {
			return gson.toJson(handle.invoke(this.handler, argument, context));
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

	/**
	 * Calls the handler method and answers as FunctionGraph reports a call: the runtime's
	 * JSON, or, when the handler throws, a failed call with FunctionGraph's error body built
	 * from the exception, {@code {"errorMessage","errorType","stackTrace":[…]}}.
	 */
	public Answer call(String method, String event, Context context) {
		try {
			return new Answer(true, invoke(method, event, context));
		}
		catch (Throwable ex) {
			Map<String, Object> error = new LinkedHashMap<>();
			error.put("errorMessage", ex.getMessage());
			error.put("errorType", ex.getClass().getName());
			error.put("stackTrace", Arrays.stream(ex.getStackTrace()).map(StackTraceElement::toString).toList());
			return new Answer(false, gson.toJson(error));
		}
	}

	/** What FunctionGraph reports of one call: whether it succeeded, and the JSON it answered. */
	public record Answer(boolean success, String body) {
	}

	/**
	 * Runs the pre-stop hook as the runtime does.
	 * @return whether it finished within the timeout
	 */
	boolean preStop(String method, Context context, int timeoutSeconds) throws Exception {
		Method hook = this.handler.getClass().getMethod(method, Context.class);
		ExecutorService executor = Executors.newSingleThreadExecutor();
		try {
			Future<?> done = executor.submit(() -> {
				hook.invoke(this.handler, context);
				return null;
			});
			done.get(timeoutSeconds, TimeUnit.SECONDS);
			return true;
		}
		catch (TimeoutException ex) {
			return false;
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("The pre-stop hook failed", ex.getCause());
		}
		finally {
			executor.shutdownNow();
		}
	}

	/** The first declared method of that name: the runtime looks no further, whatever its parameters. */
	private Method byName(String name) {
		List<Method> methods = Arrays.stream(this.handler.getClass().getDeclaredMethods())
			.filter((method) -> method.getName().equals(name))
			.toList();
		if (methods.isEmpty()) {
			throw new IllegalStateException("No method " + name);
		}
		return methods.get(0);
	}

}
