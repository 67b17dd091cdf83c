/** A Spring MVC web application served on every cloud with fn-spring. */
package io.github.fnspring.demoweb;
