/**
 * The vendor-neutral core: which function runs, how its input is read and its output
 * written, and how the per-invocation {@link io.github.fnspring.FnContext} is bound to
 * the invoking thread. Nothing here knows a vendor; vendor packages build on it.
 *
 * <p>Internal to fn-spring: not API, and may change in any release. Its public types are
 * public only because other fn-spring packages use them.
 */
@NullMarked
package io.github.fnspring.core;

import org.jspecify.annotations.NullMarked;
