/**
 * The {@code fn:package} goal: upload-ready packages and deployment descriptors for every
 * cloud, built from the project's classes and run-time dependencies.
 */
package io.github.fnspring.maven;
