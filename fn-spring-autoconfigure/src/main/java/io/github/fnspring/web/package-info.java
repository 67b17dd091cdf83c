/**
 * Spring web applications: a platform's HTTP protocol served on the application's own web
 * server, ahead of its controllers, instead of on fn-spring's server.
 */
@NullMarked
package io.github.fnspring.web;

import org.jspecify.annotations.NullMarked;
