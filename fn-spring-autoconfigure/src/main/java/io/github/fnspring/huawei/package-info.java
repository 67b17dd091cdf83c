/**
 * Huawei Cloud FunctionGraph: running functions there and reading its trigger events.
 */
@NullMarked
package io.github.fnspring.huawei;

import org.jspecify.annotations.NullMarked;
