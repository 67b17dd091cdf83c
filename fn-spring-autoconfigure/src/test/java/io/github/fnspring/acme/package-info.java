/**
 * Acme Functions, a fourth platform that exists only in the tests: it proves that a platform
 * plugs in as one package and one registration line in {@code META-INF/spring.factories},
 * through the same seam as the three clouds, and passes the same contract suite. Its protocol
 * is made up: events as {@code POST /acme/invoke} with {@code X-Acme-*} headers, every other
 * request an HTTP request, failures as {@code {"error":{"type":…,"message":…}}}.
 */
package io.github.fnspring.acme;
