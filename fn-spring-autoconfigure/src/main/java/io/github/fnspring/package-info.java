/**
 * The public API of fn-spring: {@link io.github.fnspring.ServerlessFunction},
 * {@link io.github.fnspring.FnContext} and the lifecycle hooks user code implements.
 */
@NullMarked
package io.github.fnspring;

import org.jspecify.annotations.NullMarked;
