/**
 * Huawei Cloud FunctionGraph, all of it: its platform (detection, function name), its
 * properties, modes and auto-configuration, its built-in runtime's entry point, its Runtime
 * API and HTTP-function protocols, its trigger events and error body. Registered by one line
 * in {@code META-INF/spring.factories}; {@code fn.vendor} chooses it.
 *
 * <p>API: {@link io.github.fnspring.huawei.HuaweiProperties} ({@code fn.huawei.*}),
 * {@link io.github.fnspring.huawei.FgMode},
 * {@link io.github.fnspring.huawei.FgCredentialsProvider},
 * {@link io.github.fnspring.huawei.FunctionGraphHandler} (the built-in runtime's entry
 * point), and the events a function takes as input:
 * {@link io.github.fnspring.huawei.SmnEvent}, {@link io.github.fnspring.huawei.DisEvent}
 * and {@link io.github.fnspring.huawei.KafkaEvent}. The rest is internal to fn-spring,
 * even where public: not API, and may change in any release.
 */
@NullMarked
package io.github.fnspring.huawei;

import org.jspecify.annotations.NullMarked;
