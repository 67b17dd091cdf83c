/** The fn-spring demo application: one jar, several functions, any cloud. */
package io.github.fnspring.demo;
