package io.github.fnspring.autoconfigure;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** The condition behind {@link ConditionalOnScfMode}. */
class OnScfModeCondition extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		ScfMode wanted = (ScfMode) metadata.getAnnotationAttributes(ConditionalOnScfMode.class.getName()).get("value");
		ScfMode mode = VendorDetection.scfMode(context.getEnvironment());
		String message = "SCF mode " + mode + (mode == wanted ? " is " : " is not ") + wanted;
		return (mode == wanted) ? ConditionOutcome.match(message) : ConditionOutcome.noMatch(message);
	}

}
