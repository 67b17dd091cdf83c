package io.github.fnspring.server;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;

import io.github.fnspring.core.Failure;

/**
 * How one platform speaks the HTTP protocol of {@link PlatformHttpHandler}: how it routes
 * its calls, its headers, how it frames a call in the log and how it marks a failure. The
 * context reader and the error body are the platform's own roles, given to the handler
 * beside the dialect.
 */
public interface HttpDialect {

	/**
	 * Which route serves a request: by default {@code POST} on {@link #eventPath()} is an
	 * event, {@code POST} on {@link #initPath()} the initializer, anything else an HTTP
	 * request.
	 * @param header looks a request header up by name, case-insensitively
	 */
	default HttpRoute route(String method, String path, UnaryOperator<@Nullable String> header) {
		if ("POST".equals(method) && path.equals(eventPath())) {
			return HttpRoute.EVENT;
		}
		if ("POST".equals(method) && path.equals(initPath())) {
			return HttpRoute.INITIALIZE;
		}
		return HttpRoute.HTTP;
	}

	/** The path of event invocations. */
	String eventPath();

	/** The path that runs the initializers, or {@code null} when the platform has none. */
	@Nullable String initPath();

	/**
	 * Whether the request names its route itself (FC's {@code x-fc-control-path}), so that
	 * no path of it is taken for a mistake.
	 */
	default boolean namesItsRoute(UnaryOperator<@Nullable String> header) {
		return false;
	}

	/** The paths of the platform's own calls, for telling a mistyped one from a function's path. */
	default Set<String> controlPaths() {
		String initPath = initPath();
		return (initPath != null) ? Set.of(eventPath(), initPath) : Set.of(eventPath());
	}

	/** The request header carrying the cloud function's name. */
	String functionNameHeader();

	/** The prefix of the headers the platform reserves in responses. */
	String reservedHeaderPrefix();

	/**
	 * The lower-case names of the request headers that carry the platform's credentials:
	 * read into the context, and hidden from the function's view of the request.
	 */
	Set<String> credentialHeaders();

	/** The HTTP status of a failed event. */
	int failureStatus(Failure failure);

	/** Headers that mark a failed event, besides its status. */
	default Map<String, List<String>> failureHeaders(Failure failure) {
		return Map.of();
	}

	/** The HTTP status of a failed initializer or pre-stop call. */
	default int lifecycleFailureStatus(Failure failure) {
		return failureStatus(failure);
	}

	/** The lines the platform wants around each call. */
	default InvocationLog log() {
		return InvocationLog.NONE;
	}

}
