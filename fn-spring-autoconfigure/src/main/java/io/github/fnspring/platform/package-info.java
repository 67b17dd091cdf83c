/**
 * The seam every platform plugs into: {@link io.github.fnspring.platform.FnPlatform}, which a
 * platform implements and registers in {@code META-INF/spring.factories};
 * {@link io.github.fnspring.platform.PlatformChoice}, which decides in one place which platform
 * is served and whether the process runs in a cloud; and
 * {@link io.github.fnspring.platform.FnTransport}, the one bean type of every platform's
 * transport, built by {@link io.github.fnspring.platform.PlatformTransports}.
 *
 * <p>This package is the SPI: the extension point for adding a platform. It is stable within
 * a minor version. A platform also builds on types of the internal packages
 * ({@code core}, {@code server}, {@code runtime}), which make no such promise.
 */
@NullMarked
package io.github.fnspring.platform;

import org.jspecify.annotations.NullMarked;
