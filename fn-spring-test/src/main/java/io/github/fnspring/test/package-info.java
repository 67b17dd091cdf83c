/**
 * The test kit: everything a user needs to test their own functions without a cloud, added
 * with {@code <scope>test</scope>} so that none of it reaches a package. API, starting with
 * {@link io.github.fnspring.test.TestFnContext}.
 */
@NullMarked
package io.github.fnspring.test;

import org.jspecify.annotations.NullMarked;
