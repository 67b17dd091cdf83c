package io.github.fnspring.server;

import java.time.Duration;

/**
 * Where and how an HTTP transport listens.
 *
 * @param address the address to bind, e.g. {@code 127.0.0.1} or {@code 0.0.0.0}
 * @param port the port, 0 for any free one
 * @param maxThreads the most requests handled at once; more wait in a queue
 * @param maxRequestBytes the largest request body accepted
 * @param maxRequestTime how long a request may take to arrive, headers and body
 * @param shutdownGracePeriod how long requests in flight may take to finish when the server stops
 * @param virtualThreads whether requests run on virtual threads, where the JVM has them
 * ({@code spring.threads.virtual.enabled}); {@code maxThreads} then bounds how many run at once
 */
public record ServerSettings(String address, int port, int maxThreads, long maxRequestBytes, Duration maxRequestTime,
		Duration shutdownGracePeriod, boolean virtualThreads) {
}
