package io.github.fnspring.huawei;

import java.nio.charset.StandardCharsets;
import java.time.InstantSource;
import java.util.Base64;

import org.springframework.util.MimeType;

import tools.jackson.databind.DeserializationFeature;
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

	/** Reads JSON results back exactly: decimals stay {@code BigDecimal}, as the function wrote them. */
	private static final JsonMapper resultReader = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	/** The initializer: starts the application and runs its {@code FnInitializer}s. */
	public void initialize(Context context) {
		InvocationContext invocation = FgRuntimeContexts.of(context, clock);
		try (FnContextHolder.Scope scope = FnContextHolder.bind(invocation)) {
			FgApplication.get(context).lifecycleHooks().initialize(invocation);
		}
		catch (Throwable ex) {
			throw logged(invocation, ex);
		}
	}

	/**
	 * The handler. FunctionGraph passes the event as it parsed it into this parameter: text,
	 * bytes, or a map or list of a JSON event, which is written back to JSON.
	 * @return text as a {@code String}, JSON as maps, lists and values (FunctionGraph writes
	 * them back to JSON), bytes as base64 text, {@code null} for consumers
	 */
	public Object handleRequest(Object event, Context context) {
		InvocationContext invocation = FgRuntimeContexts.of(context, clock);
		try {
			FunctionResult result = FgApplication.get(context)
				.dispatcher()
				.dispatch(invocation, context.getFunctionName(), bytes(event));
			return returnValue(result);
		}
		catch (Throwable ex) {
			throw logged(invocation, ex);
		}
	}

	/** The pre-stop hook: runs the application's {@code FnPreStopHandler}s, if it was started. */
	public void preStop(Context context) {
		InvocationContext invocation = FgRuntimeContexts.of(context, clock);
		try (FnContextHolder.Scope scope = FnContextHolder.bind(invocation)) {
			FgApplication.ifStarted((application) -> application.lifecycleHooks().preStop(invocation));
		}
		catch (Throwable ex) {
			throw logged(invocation, ex);
		}
	}

	/** The heartbeat FunctionGraph calls on Java functions: healthy unless the application failed since it started. */
	public boolean heartbeat() {
		return FgApplication.healthy();
	}

	/** Logs a failure and hands back the original exception for FunctionGraph to see. */
	private static RuntimeException logged(InvocationContext invocation, Throwable thrown) {
		Failure failure = Failure.of(thrown);
		FailureLog.log(invocation, failure);
		return FunctionGraphHandler.<RuntimeException>rethrow(failure.error());
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
			return resultReader.readValue(result.body(), Object.class);
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
