/**
 * The vendor-neutral HTTP transport: the JDK server every HTTP-speaking platform
 * protocol runs on, request and response helpers, and plain HTTP function handling.
 */
@NullMarked
package io.github.fnspring.server;

import org.jspecify.annotations.NullMarked;
