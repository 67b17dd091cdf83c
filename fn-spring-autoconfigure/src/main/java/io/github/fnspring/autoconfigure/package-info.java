/**
 * Auto-configuration: detects the platform, binds {@code fn.*} and wires the core to the
 * detected vendor's transport.
 */
package io.github.fnspring.autoconfigure;
