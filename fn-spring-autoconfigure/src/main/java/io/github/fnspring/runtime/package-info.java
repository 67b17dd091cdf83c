/**
 * Custom runtimes that poll a platform's Runtime API for events (Tencent SCF, Huawei
 * FunctionGraph): the poll loop, and a local Runtime API that behaves like the platform's
 * for local runs and tests.
 *
 * <p>Internal to fn-spring: not API, and may change in any release. Its public types are
 * public only because other fn-spring packages use them.
 */
@NullMarked
package io.github.fnspring.runtime;

import org.jspecify.annotations.NullMarked;
