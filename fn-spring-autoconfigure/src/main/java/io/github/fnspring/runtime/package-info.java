/**
 * Custom runtimes that poll a platform's Runtime API for events (Tencent SCF, Huawei
 * FunctionGraph): the poll loop, and a local Runtime API that behaves like the platform's
 * for local runs and tests.
 */
@NullMarked
package io.github.fnspring.runtime;

import org.jspecify.annotations.NullMarked;
