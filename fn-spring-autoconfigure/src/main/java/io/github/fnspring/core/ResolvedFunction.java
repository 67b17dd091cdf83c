package io.github.fnspring.core;

import java.lang.reflect.Type;
import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import org.springframework.cloud.function.context.PostProcessingFunction;
import org.springframework.cloud.function.context.catalog.FunctionTypeUtils;
import org.springframework.cloud.function.context.catalog.SimpleFunctionRegistry.FunctionInvocationWrapper;
import org.springframework.messaging.Message;

import tools.jackson.databind.JavaType;
import tools.jackson.databind.ObjectMapper;

import io.github.fnspring.event.HttpResponseEvent;

/**
 * A function looked up in the catalog, with what its input needs worked out once.
 *
 * @param definition the catalog definition, e.g. {@code uppercase} or {@code a|b}
 * @param function the catalog's wrapper, which handles composition, messages and reactive types
 * @param payloadClass the raw payload type the input is read into ({@code Void} for suppliers)
 * @param payloadType the payload type for JSON reading ({@code null} for suppliers)
 * @param direct the application's own function, called without the catalog's wrapper when
 * the wrapper would do nothing for it, else {@code null}
 */
public record ResolvedFunction(String definition, FunctionInvocationWrapper function, Class<?> payloadClass,
		@Nullable JavaType payloadType, @Nullable Function<Object, Object> direct) {

	/** The package of Spring Cloud Function's own functions (routing, Kotlin adapters), which keep the wrapper. */
	private static final String SPRING_CLOUD_FUNCTION = "org.springframework.cloud.function.";

	/** Output types that leave how the catalog writes the output to the returned value. */
	private static final List<Class<?>> OPEN_OUTPUTS = List.of(String.class, byte[].class, Message.class,
			Publisher.class, HttpResponseEvent.class);

	/** CloudEvents' event type, written by its own converter; looked for by name, as it is optional. */
	private static final String CLOUD_EVENT = "io.cloudevents.CloudEvent";

	/**
	 * @param directCalls whether a plain function may be called without the catalog's wrapper:
	 * not when something wraps every call (Spring Cloud Function's observation)
	 */
	static ResolvedFunction of(String definition, FunctionInvocationWrapper function, ObjectMapper objectMapper,
			boolean directCalls) {
		Type payload = payloadTypeOf(function);
		Class<?> payloadClass = (payload != null) ? FunctionTypeUtils.getRawType(payload) : Void.class;
		return new ResolvedFunction(definition, function, payloadClass,
				(payload != null) ? objectMapper.constructType(payload) : null,
				directCalls ? directTarget(function) : null);
	}

	/**
	 * The application's function itself, when the wrapper would only convert what fn-spring
	 * already read and will write: a plain {@code Function} of the application's, neither
	 * composed nor routed, that takes and returns no {@code Message} and no {@code Publisher}
	 * and wants no post-processing. Its input is read, and its output written, by fn-spring
	 * with the application's JSON mapper, as the wrapper would with the same mapper.
	 */
	@SuppressWarnings("unchecked")
	private static @Nullable Function<Object, Object> directTarget(FunctionInvocationWrapper function) {
		if (function.isSupplier() || function.isConsumer() || function.isComposed() || function.isRoutingFunction()
				|| function.isInputTypeMessage() || function.isOutputTypeMessage()
				|| function.isInputTypePublisher() || function.isOutputTypePublisher()) {
			return null;
		}
		Object target = function.getTarget();
		if (!(target instanceof Function<?, ?>) || target instanceof PostProcessingFunction<?, ?>
				|| target.getClass().getName().startsWith(SPRING_CLOUD_FUNCTION)
				|| !hasClosedOutputType(function.getOutputType())) {
			return null;
		}
		return (Function<Object, Object>) target;
	}

	/**
	 * Whether the declared output type alone decides how the output is written, as the catalog
	 * decides it: text, bytes, an HTTP response, or a type no text, bytes, message, publisher or
	 * HTTP response can be. For {@code Object}, {@code CharSequence} and the like the catalog
	 * writes whatever is returned as JSON, which fn-spring, writing by the returned value's
	 * class, would not; arrays it writes element by element; a CloudEvent through its own
	 * converter.
	 */
	private static boolean hasClosedOutputType(@Nullable Type outputType) {
		Class<?> raw = (outputType != null) ? FunctionTypeUtils.getRawType(outputType) : null;
		if (raw == null) {
			return false;
		}
		if (raw == String.class || raw == byte[].class || raw == HttpResponseEvent.class) {
			return true;
		}
		if (raw.isArray() || isCloudEvent(raw)) {
			return false;
		}
		for (Class<?> open : OPEN_OUTPUTS) {
			if (raw.isAssignableFrom(open)) {
				return false;
			}
		}
		return true;
	}

	private static boolean isCloudEvent(Class<?> type) {
		for (Class<?> current = type; current != null; current = current.getSuperclass()) {
			for (Class<?> implemented : current.getInterfaces()) {
				if (implemented.getName().equals(CLOUD_EVENT) || isCloudEvent(implemented)) {
					return true;
				}
			}
		}
		return type.getName().equals(CLOUD_EVENT);
	}

	private static @Nullable Type payloadTypeOf(FunctionInvocationWrapper function) {
		if (function.isSupplier()) {
			return null;
		}
		Type type = function.getInputType();
		if (type == null) {
			return Object.class;
		}
		if (FunctionTypeUtils.isPublisher(type)) {
			type = FunctionTypeUtils.getImmediateGenericType(type, 0);
		}
		if (type != null && FunctionTypeUtils.isMessage(type)) {
			type = FunctionTypeUtils.getImmediateGenericType(type, 0);
		}
		return (type != null) ? type : Object.class;
	}

	/**
	 * The output content type to ask the catalog for: text for {@code String} output, bytes
	 * for {@code byte[]}, JSON otherwise; {@code null} (no conversion) for consumers and for
	 * {@link HttpResponseEvent}, whose status and headers the result writer reads.
	 */
	static @Nullable String acceptedOutputType(FunctionInvocationWrapper function) {
		if (function.isConsumer()) {
			return null;
		}
		Type type = function.getOutputType();
		if (type != null && FunctionTypeUtils.isPublisher(type)) {
			type = FunctionTypeUtils.getImmediateGenericType(type, 0);
		}
		if (type != null && FunctionTypeUtils.isMessage(type)) {
			type = FunctionTypeUtils.getImmediateGenericType(type, 0);
		}
		Class<?> raw = (type != null) ? FunctionTypeUtils.getRawType(type) : Object.class;
		if (raw == HttpResponseEvent.class) {
			return null;
		}
		if (raw != null && CharSequence.class.isAssignableFrom(raw)) {
			return "text/plain";
		}
		if (raw == byte[].class) {
			return "application/octet-stream";
		}
		return "application/json";
	}

	boolean isSupplier() {
		return this.function.isSupplier();
	}

	/** Whether the function takes {@code Message<T>}. */
	boolean takesMessage() {
		return this.function.isInputTypeMessage();
	}

}
