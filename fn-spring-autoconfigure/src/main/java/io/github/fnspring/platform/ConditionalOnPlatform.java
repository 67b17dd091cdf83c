package io.github.fnspring.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Conditional;

/**
 * Matches when the platform of the given id is one whose transports run
 * ({@link PlatformChoice#serves}): the detected or configured one, and in a local run also
 * those listed in {@code fn.local.platforms}.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Conditional(OnPlatformCondition.class)
public @interface ConditionalOnPlatform {

	/** The platform's id, {@link FnPlatform#id()}. */
	String value();

}
