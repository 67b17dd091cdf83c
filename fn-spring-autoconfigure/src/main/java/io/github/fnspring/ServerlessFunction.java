package io.github.fnspring;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.core.annotation.AliasFor;

/**
 * Exports a {@code Function}, {@code Consumer} or {@code Supplier} bean as a serverless
 * function. Put it on a {@code @Bean} method or on a {@code @Component} class.
 *
 * <p>The exported name defaults to the bean name. A cloud function whose name matches an
 * exported name is served by that bean, so one jar can back several cloud functions.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ServerlessFunction {

	/** The exported name; empty means the bean name. */
	@AliasFor("name")
	String value() default "";

	/** Alias for {@link #value()}. */
	@AliasFor("value")
	String name() default "";

}
