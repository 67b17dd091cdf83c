package io.github.fnspring.core;

import java.lang.reflect.Type;

import org.jspecify.annotations.Nullable;
import org.springframework.cloud.function.context.catalog.FunctionTypeUtils;
import org.springframework.cloud.function.context.catalog.SimpleFunctionRegistry.FunctionInvocationWrapper;

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
 */
public record ResolvedFunction(String definition, FunctionInvocationWrapper function, Class<?> payloadClass,
		@Nullable JavaType payloadType) {

	static ResolvedFunction of(String definition, FunctionInvocationWrapper function, ObjectMapper objectMapper) {
		Type payload = payloadTypeOf(function);
		Class<?> payloadClass = (payload != null) ? FunctionTypeUtils.getRawType(payload) : Void.class;
		return new ResolvedFunction(definition, function, payloadClass,
				(payload != null) ? objectMapper.constructType(payload) : null);
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
