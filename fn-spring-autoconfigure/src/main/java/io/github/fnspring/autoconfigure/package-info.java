/**
 * Auto-configuration: detects the platform, binds {@code fn.*} and wires the core to the
 * detected vendor's transport.
 */
@NullMarked
package io.github.fnspring.autoconfigure;

import org.jspecify.annotations.NullMarked;
