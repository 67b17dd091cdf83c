package io.github.fnspring.huawei;

import java.nio.charset.StandardCharsets;
import java.time.InstantSource;
import java.util.Base64;

import org.springframework.util.MimeType;

import tools.jackson.databind.json.JsonMapper;

import com.huawei.services.runtime.Context;

import io.github.fnspring.core.Failure;
import io.github.fnspring.core.FailureLog;
import io.github.fnspring.core.FnContextHolder;
import io.github.fnspring.core.FunctionResult;
import io.github.fnspring.core.InvocationContext;

/**
 * The entry point of FunctionGraph's built-in Java runtime. Configure the handler
 * {@code io.github.fnspring.huawei.FunctionGraphHandler.handleRequest} and, optionally, the
 * initializer {@code io.github.fnspring.huawei.FunctionGraphHandler.initialize}.
 * FunctionGraph creates this class itself; the Spring application starts once per instance.
 *
 * <p>The function whose exported name is the cloud function's name runs, else the default
 * one. A failure is rethrown as the original exception, so FunctionGraph records a failed
 * invocation with its own error shape, and its metrics and retries see it.
 */
public class FunctionGraphHandler {

	private static final InstantSource clock = InstantSource.system();

	/** The initializer: starts the application and runs its {@code FnInitializer}s. */
	public void initialize(Context context) {
		InvocationContext invocation = FgRuntimeContexts.of(context, clock);
		try (FnContextHolder.Scope scope = FnContextHolder.bind(invocation)) {
			FgApplication.get(context).lifecycleHooks().initialize(invocation);
		}
	}

	/**
	 * The handler. FunctionGraph passes the event as it parsed it into this parameter: text,
	 * bytes, or a map or list of a JSON event, which is written back to JSON.
	 * @return text as a {@code String}, JSON as maps, lists and values (FunctionGraph writes
	 * them back to JSON), bytes as base64 text, {@code null} for consumers
	 */
	public Object handleRequest(Object event, Context context) {
		FgApplication application = FgApplication.get(context);
		InvocationContext invocation = FgRuntimeContexts.of(context, clock);
		try {
			FunctionResult result = application.dispatcher()
				.dispatch(invocation, context.getFunctionName(), bytes(event));
			return returnValue(result);
		}
		catch (Throwable ex) {
			Failure failure = Failure.of(ex);
			FailureLog.log(invocation, failure);
			throw FunctionGraphHandler.<RuntimeException>rethrow(failure.error());
		}
	}

	private static byte[] bytes(Object event) {
		if (event == null) {
			return new byte[0];
		}
		if (event instanceof byte[] bytes) {
			return bytes;
		}
		if (event instanceof CharSequence text) {
			return text.toString().getBytes(StandardCharsets.UTF_8);
		}
		return JsonMapper.shared().writeValueAsBytes(event);
	}

	private static Object returnValue(FunctionResult result) {
		if (result.body().length == 0) {
			return null;
		}
		String contentType = result.contentType();
		if (contentType == null) {
			return result.bodyAsString();
		}
		MimeType type = MimeType.valueOf(contentType);
		if ("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json")) {
			return JsonMapper.shared().readValue(result.body(), Object.class);
		}
		if ("text".equals(type.getType())) {
			return result.bodyAsString();
		}
		return Base64.getEncoder().encodeToString(result.body());
	}

	/** Throws any throwable unchanged, checked ones included, as the runtime must see the original. */
	@SuppressWarnings("unchecked")
	private static <T extends Throwable> T rethrow(Throwable error) throws T {
		throw (T) error;
	}

}
