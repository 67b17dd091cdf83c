package io.github.fnspring.autoconfigure;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** The condition behind {@link ConditionalOnPlatformMode}. */
class OnPlatformModeCondition extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		String wanted = (String) metadata.getAnnotationAttributes(ConditionalOnPlatformMode.class.getName()).get("value");
		String mode = VendorDetection.mode(context.getEnvironment());
		String message = "platform mode " + mode + (wanted.equals(mode) ? " is " : " is not ") + wanted;
		return wanted.equals(mode) ? ConditionOutcome.match(message) : ConditionOutcome.noMatch(message);
	}

}
