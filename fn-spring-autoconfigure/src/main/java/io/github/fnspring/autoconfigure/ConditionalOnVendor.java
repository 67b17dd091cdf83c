package io.github.fnspring.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Conditional;

import io.github.fnspring.Vendor;

/** Matches when the resolved vendor ({@link VendorDetection#resolve}) is one of the given ones. */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Conditional(OnVendorCondition.class)
public @interface ConditionalOnVendor {

	Vendor[] value();

}
