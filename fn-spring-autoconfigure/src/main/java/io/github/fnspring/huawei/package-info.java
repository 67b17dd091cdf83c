/**
 * Huawei Cloud FunctionGraph: running functions there and reading its trigger events.
 */
package io.github.fnspring.huawei;
