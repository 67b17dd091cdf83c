/** The WebFlux variant of the demo web application, started as a reactive application. */
package io.github.fnspring.demoflux;
