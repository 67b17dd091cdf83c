package io.github.fnspring.server;

import java.util.function.UnaryOperator;

import io.github.fnspring.core.Failure;
import io.github.fnspring.core.InvocationContext;

/**
 * How one platform speaks the HTTP protocol of {@link PlatformHttpHandler}: its paths, its
 * headers, how it gives an invocation's context and how it wants a failed event answered.
 */
public interface HttpDialect {

	/** The path of event invocations. */
	String eventPath();

	/** The path that runs the initializers, or {@code null} when the platform has none. */
	String initPath();

	/** The request header carrying the cloud function's name. */
	String functionNameHeader();

	/** The prefix of the headers the platform reserves in responses. */
	String reservedHeaderPrefix();

	/** The invocation's context, from the request's headers. */
	InvocationContext context(UnaryOperator<String> header);

	/** The HTTP status of a failed event. */
	int failureStatus(Failure failure);

	/** The platform's error body of a failed event. */
	byte[] failureBody(Failure failure, InvocationContext context);

}
