package io.github.fnspring.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Conditional;

/**
 * Matches when the resolved vendor is served in the given mode ({@link VendorDetection#mode}),
 * e.g. {@code RUNTIME} for a custom runtime, {@code WEB} or {@code HTTP} for an HTTP server,
 * {@code HANDLER} for FunctionGraph's built-in runtime.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Conditional(OnPlatformModeCondition.class)
@interface ConditionalOnPlatformMode {

	String value();

}
