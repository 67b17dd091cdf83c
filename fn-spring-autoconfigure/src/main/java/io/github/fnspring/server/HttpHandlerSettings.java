package io.github.fnspring.server;

/**
 * How {@link PlatformHttpHandler} treats requests beyond its platform's dialect.
 *
 * @param maxRequestBytes the largest body accepted
 * @param includeServerErrorMessage whether HTTP error bodies of server errors show the
 * exception's message ({@code fn.error.include-message})
 * @param localRun whether this is a local run: requests may then name their function with
 * {@code x-fn-function-name} on every platform's protocol, and requests plainly not meant
 * for a function ({@code GET /}, {@code /favicon.ico}, a mistyped control path) are answered
 * with help instead of running one. On a cloud, each platform's own semantics hold.
 * @param localPages what a local run serves beside the functions, asked first
 */
public record HttpHandlerSettings(long maxRequestBytes, boolean includeServerErrorMessage, boolean localRun,
		LocalPages localPages) {
}
