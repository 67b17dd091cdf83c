package io.github.fnspring.autoconfigure;

import java.util.Arrays;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

import io.github.fnspring.Vendor;

/** The condition behind {@link ConditionalOnVendor}. */
class OnVendorCondition extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		Map<String, Object> attributes = metadata.getAnnotationAttributes(ConditionalOnVendor.class.getName());
		Vendor[] wanted = (Vendor[]) attributes.get("value");
		Vendor vendor = VendorDetection.resolve(context.getEnvironment());
		boolean match = Arrays.asList(wanted).contains(vendor);
		String message = "vendor " + vendor + (match ? " is" : " is not") + " one of " + Arrays.toString(wanted);
		return match ? ConditionOutcome.match(message) : ConditionOutcome.noMatch(message);
	}

}
