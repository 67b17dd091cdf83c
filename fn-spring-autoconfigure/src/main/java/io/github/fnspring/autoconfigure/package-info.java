/**
 * The vendor-neutral auto-configuration: binds {@code fn.*}, declares the core's beans, and
 * imports the auto-configuration of every registered platform, each of which applies when
 * its platform is served. It names no vendor.
 *
 * <p>API: {@link io.github.fnspring.autoconfigure.FnProperties}, the {@code fn.*} properties,
 * and {@link io.github.fnspring.autoconfigure.FnAutoConfiguration}, which an application
 * may exclude or order against. The rest is internal to fn-spring: not API, and may change
 * in any release.
 */
@NullMarked
package io.github.fnspring.autoconfigure;

import org.jspecify.annotations.NullMarked;
