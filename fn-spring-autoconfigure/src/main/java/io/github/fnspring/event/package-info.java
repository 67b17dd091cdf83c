/**
 * Trigger types that are the same on every cloud. A function written against them runs
 * unchanged on Alibaba FC, Tencent SCF and Huawei FunctionGraph: each vendor package
 * converts its own event JSON to these types.
 */
@NullMarked
package io.github.fnspring.event;

import org.jspecify.annotations.NullMarked;
