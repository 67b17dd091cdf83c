/**
 * Alibaba Cloud Function Compute: its custom-runtime and custom-container HTTP protocol,
 * the context it sends in {@code x-fc-*} headers, its events and its error shapes.
 */
@NullMarked
package io.github.fnspring.aliyun;

import org.jspecify.annotations.NullMarked;
