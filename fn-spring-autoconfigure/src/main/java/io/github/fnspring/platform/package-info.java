/**
 * The seam every platform plugs into: {@link io.github.fnspring.platform.FnPlatform}, which a
 * platform implements and registers in {@code META-INF/spring.factories};
 * {@link io.github.fnspring.platform.PlatformChoice}, which decides in one place which platform
 * is served and whether the process runs in a cloud; and
 * {@link io.github.fnspring.platform.FnTransport}, the one bean type of every platform's
 * transport, built by {@link io.github.fnspring.platform.PlatformTransports}.
 */
@NullMarked
package io.github.fnspring.platform;

import org.jspecify.annotations.NullMarked;
