/**
 * Auto-configuration: detects the platform, binds {@code fn.*} and wires the core to the
 * detected vendor's transport.
 *
 * <p>API: {@link io.github.fnspring.autoconfigure.FnProperties}, the {@code fn.*} properties,
 * and {@link io.github.fnspring.autoconfigure.FnAutoConfiguration}, which an application
 * may exclude or order against. The rest is internal to fn-spring: not API, and may change
 * in any release.
 */
@NullMarked
package io.github.fnspring.autoconfigure;

import org.jspecify.annotations.NullMarked;
