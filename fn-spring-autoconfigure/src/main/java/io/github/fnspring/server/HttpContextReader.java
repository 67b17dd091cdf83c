package io.github.fnspring.server;

import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;

import io.github.fnspring.core.InvocationContext;

/** Reads the context of an invocation from the headers of the HTTP request that carries it. */
public interface HttpContextReader {

	/**
	 * The context of a request arriving now.
	 * @param header looks a request header up by name, case-insensitively
	 */
	InvocationContext fromHttpHeaders(UnaryOperator<@Nullable String> header);

}
