package io.github.fnspring.huawei;

import java.nio.charset.StandardCharsets;
import java.time.InstantSource;
import java.util.Base64;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import com.huawei.services.runtime.Context;

import io.github.fnspring.core.ContentTypes;
import io.github.fnspring.core.FailurePipeline;
import io.github.fnspring.core.FnContextHolder;
import io.github.fnspring.core.FunctionResult;
import io.github.fnspring.core.InvocationContext;
import io.github.fnspring.core.RandomIds;

/**
 * The entry point of FunctionGraph's built-in Java runtime. Configure the handler
 * {@code io.github.fnspring.huawei.FunctionGraphHandler.handleRequest} and, optionally, the
 * initializer {@code io.github.fnspring.huawei.FunctionGraphHandler.initialize} and the
 * pre-stop hook {@code io.github.fnspring.huawei.FunctionGraphHandler.preStop}.
 * FunctionGraph creates this class itself; the Spring application starts once per instance.
 *
 * <p>The runtime finds a handler by its method name alone and converts the event to the
 * method's first parameter type: a {@code String} parameter gets the event's JSON text as
 * it came, any other type is parsed with Gson, which turns every number of an
 * {@code Object} into a double ({@code 2} becomes {@code 2.0}, longs past 2<sup>53</sup>
 * lose digits). So each method here has one name and takes the event as text, and the
 * function reads it exactly, with the application's Jackson.
 *
 * <p>The runtime writes the return value as JSON (with Gson). A result whose bytes are JSON
 * is handed back as maps, lists, strings, booleans and exact numbers, which Gson writes
 * back as the same JSON; any other text result as a {@code String}, which the runtime
 * writes as a JSON string; bytes as base64 text; a consumer's empty result as
 * {@code null}.
 *
 * <p>The function whose exported name is the cloud function's name runs, else the default
 * one. A failure is rethrown as the original exception, so FunctionGraph records a failed
 * invocation with its own error shape, and its metrics and retries see it.
 */
public class FunctionGraphHandler {

	private static final Logger logger = LoggerFactory.getLogger(FunctionGraphHandler.class);

	private static final InstantSource clock = InstantSource.system();

	/**
	 * Reads JSON results back exactly: decimals stay {@code BigDecimal} and integers
	 * {@code Integer}, {@code Long} or {@code BigInteger}, which Gson writes as they were;
	 * trailing text after the JSON value means it was not JSON.
	 */
	private static final JsonMapper resultReader = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private final @Nullable FgApplication application;

	/**
	 * The entry point as FunctionGraph's built-in runtime creates it: the application starts
	 * with the first call that needs it, once per instance.
	 */
	public FunctionGraphHandler() {
		this.application = null;
	}

	/**
	 * An entry point calling an application already running in this process, such as a
	 * test's, the way the built-in runtime calls the one it started.
	 * @param application a running application served on FunctionGraph's protocol
	 */
	public FunctionGraphHandler(ConfigurableApplicationContext application) {
		this.application = FgApplication.of(application);
	}

	/**
	 * The initializer: starts the application and runs its {@code FnInitializer}s. With
	 * {@code fn.snapshot.priming-event}, it then answers that event through the real path, so
	 * that an instance restored from FunctionGraph's snapshot finds everything its first
	 * invocation needs already loaded, and forgets the event's invocation.
	 */
	public void initialize(Context context) {
		InvocationContext invocation = FgRuntimeContexts.of(context, clock);
		try (FnContextHolder.Scope scope = FnContextHolder.bind(invocation)) {
			FgApplication started = application(context);
			started.lifecycleHooks().initialize(invocation);
			String primingEvent = started.primingEvent();
			if (primingEvent != null && !primingEvent.isEmpty()) {
				prime(started, primingEvent, context);
			}
		}
		catch (Throwable ex) {
			throw logged(invocation, ex);
		}
	}

	/**
	 * The priming invocation runs as the real ones do, under a request id of its own; what it
	 * leaves in the instance is forgotten before the snapshot is taken. A failure is logged:
	 * priming only saves time.
	 */
	private static void prime(FgApplication started, String event, Context context) {
		InvocationContext priming = FgRuntimeContexts.of(context, clock, "priming-" + RandomIds.uuid());
		try {
			started.dispatcher()
				.dispatch(priming, context.getFunctionName(), event.getBytes(StandardCharsets.UTF_8));
		}
		catch (Exception | LinkageError ex) {
			// checked exceptions too, which a function may throw unchecked
			logger.warn("The priming event failed; the snapshot holds less of the first invocation's work", ex);
		}
		finally {
			started.instanceRestore().forgetInvocations();
		}
	}

	/**
	 * The restore hook of FunctionGraph's snapshot-based cold start ("Restore Hook"
	 * {@code io.github.fnspring.huawei.FunctionGraphHandler.restore}), which FunctionGraph calls
	 * in each instance restored from the snapshot, before its first invocation: forgets what
	 * invocations before the snapshot left, and runs the application's
	 * {@code FnRestoreHandler}s.
	 */
	public void restore(Context context) {
		InvocationContext invocation = FgRuntimeContexts.of(context, clock);
		try {
			application(context).instanceRestore().restore(invocation);
		}
		catch (Throwable ex) {
			throw logged(invocation, ex);
		}
	}

	/**
	 * The handler.
	 * @param event the event's text, as the runtime passes it to a {@code String} parameter
	 * @return JSON results as maps, lists and values with exact numbers, other text as a
	 * {@code String}, bytes as base64 text, {@code null} for consumers
	 */
	public @Nullable Object handleRequest(@Nullable String event, Context context) {
		InvocationContext invocation = FgRuntimeContexts.of(context, clock);
		try {
			FunctionResult result = application(context).dispatcher()
				.dispatch(invocation, context.getFunctionName(),
						(event != null) ? event.getBytes(StandardCharsets.UTF_8) : new byte[0]);
			return returnValue(result);
		}
		catch (Throwable ex) {
			throw logged(invocation, ex);
		}
	}

	/**
	 * The pre-stop hook FunctionGraph calls before it stops an instance, within the hook's
	 * configured timeout (1 to 90 seconds), interrupting it when the time is up: runs the
	 * application's {@code FnPreStopHandler}s, if it was started.
	 */
	public void preStop(Context context) {
		InvocationContext invocation = FgRuntimeContexts.of(context, clock);
		try (FnContextHolder.Scope scope = FnContextHolder.bind(invocation)) {
			if (this.application != null) {
				this.application.lifecycleHooks().preStop(invocation);
			}
			else {
				FgApplication.ifStarted((started) -> started.lifecycleHooks().preStop(invocation));
			}
		}
		catch (Throwable ex) {
			throw logged(invocation, ex);
		}
	}

	/**
	 * The heartbeat, for functions that configure it (FunctionGraph's "Heartbeat Function
	 * Entry", opt-in): healthy unless the application failed since it started.
	 */
	public boolean heartbeat() {
		return (this.application != null) ? this.application.isActive() : FgApplication.healthy();
	}

	private FgApplication application(Context context) {
		return (this.application != null) ? this.application : FgApplication.get(context);
	}

	/** Logs a failure and hands back the original exception for FunctionGraph to see. */
	private static RuntimeException logged(InvocationContext invocation, Throwable thrown) {
		return FunctionGraphHandler.<RuntimeException>rethrow(FailurePipeline.describeAndLog(thrown, invocation).error());
	}

	private static @Nullable Object returnValue(FunctionResult result) {
		byte[] body = result.body();
		if (body.length == 0) {
			return null;
		}
		if (ContentTypes.isTextOrJson(result.contentType())) {
			try {
				return resultReader.readValue(body, Object.class);
			}
			catch (JacksonException ex) {
				return result.bodyAsString();
			}
		}
		return Base64.getEncoder().encodeToString(body);
	}

	/** Throws any throwable unchanged, checked ones included, as the runtime must see the original. */
	@SuppressWarnings("unchecked")
	private static <T extends Throwable> T rethrow(Throwable error) throws T {
		throw (T) error;
	}

}
