/**
 * The vendor-neutral HTTP transport: the JDK server every HTTP-speaking platform
 * protocol runs on, request and response helpers, and plain HTTP function handling.
 *
 * <p>Internal to fn-spring: not API, and may change in any release. Its public types are
 * public only because other fn-spring packages use them.
 */
@NullMarked
package io.github.fnspring.server;

import org.jspecify.annotations.NullMarked;
