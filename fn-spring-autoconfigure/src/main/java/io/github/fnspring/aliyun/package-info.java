/**
 * Alibaba Cloud Function Compute, all of it: its platform (detection, function name, log
 * format), its properties and auto-configuration, its custom-runtime and custom-container
 * HTTP protocol, the context it sends in {@code x-fc-*} headers, its events and its error
 * shapes. Registered by one line in {@code META-INF/spring.factories}; {@code fn.vendor}
 * chooses it.
 *
 * <p>API: {@link io.github.fnspring.aliyun.AliyunProperties} ({@code fn.aliyun.*}),
 * {@link io.github.fnspring.aliyun.FcCredentialsProvider}. The rest is internal to
 * fn-spring, even where public: not API, and may change in any release.
 */
@NullMarked
package io.github.fnspring.aliyun;

import org.jspecify.annotations.NullMarked;
